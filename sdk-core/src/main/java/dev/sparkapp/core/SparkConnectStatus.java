package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.fabric8.kubernetes.api.model.Condition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The observed state of a SparkConnect ({@code status}), written by the operator and read back from the
 * cluster. The operator sets {@code state} to {@code Ready} when the server pod is ready (its readiness
 * probe passes, so a readiness preset decides it), {@code NotReady} otherwise.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableSparkConnectStatus.class)
@JsonDeserialize(as = ImmutableSparkConnectStatus.class)
public interface SparkConnectStatus {
  /**
   * Represents the latest available observations of a SparkConnect's current state; the operator writes
   * one of type {@code ServerPodReady}. <p>Manifest field {@code conditions}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<Condition> conditions();

  /**
   * State represents the current state of the SparkConnect. Open in the CRD: kept as written; {@link
   * #stateType()} is the typed view. <p>Manifest field {@code state}.
   */
  Optional<String> state();

  /**
   * Server represents the current state of the SparkConnect server. <p>Manifest field {@code server}.
   */
  Optional<ConnectServerStatus> server();

  /**
   * Executors represents the current state of the SparkConnect executors: the number of executor pods per
   * lower-case pod phase ({@code running}, {@code pending}, ...). <p>Manifest field {@code executors}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, Integer> executors();

  /**
   * StartTime is the time at which the SparkConnect controller started processing the SparkConnect.
   * <p>Manifest field {@code startTime}.
   */
  Optional<String> startTime();

  /**
   * LastUpdateTime is the time at which the SparkConnect controller last updated the SparkConnect.
   * <p>Manifest field {@code lastUpdateTime}.
   */
  Optional<String> lastUpdateTime();

  /**
   * Fields the SDK does not model, kept only when a manifest was read in lenient mode so that they are
   * written back rather than dropped. Empty for values built in code.
   */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /**
   * Returns {@link #state()} as a typed constant: {@link SparkConnectState#NEW} when no state is written
   * yet, {@link SparkConnectState#UNKNOWN} for a state this version of the SDK does not know (the raw
   * string stays available through {@link #state()}).
   */
  default SparkConnectState stateType() {
    return SparkConnectState.fromValueOrUnknown(state().orElse(""));
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SparkConnectStatus}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableSparkConnectStatus.Builder {
    /**
     * Sets {@code server} to a value built by {@code spec} on a fresh {@link ConnectServerStatus.Builder}.
     *
     * @return this builder
     */
    public Builder server(Consumer<? super ConnectServerStatus.Builder> spec) {
      ConnectServerStatus value = Builders.configure(ConnectServerStatus::builder, spec, ConnectServerStatus.Builder::build);
      return server(value);
    }
  }
}
