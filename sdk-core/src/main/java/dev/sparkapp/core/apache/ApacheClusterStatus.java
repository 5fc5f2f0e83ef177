package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The observed state of a SparkCluster ({@code status} of {@link ApacheSparkCluster}), written by the
 * operator.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableApacheClusterStatus.class)
@JsonDeserialize(as = ImmutableApacheClusterStatus.class)
public interface ApacheClusterStatus {
  /**
   * The current state; {@code currentState.currentStateSummary} is what {@code waitFor} watches.
   * <p>Manifest field {@code currentState}.
   */
  Optional<ClusterState> currentState();

  /**
   * Every state so far, by step number. <p>Manifest field {@code stateTransitionHistory}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, ClusterState> stateTransitionHistory();

  /** The attempt before the current one. <p>Manifest field {@code previousAttemptSummary}. */
  Optional<ClusterAttemptSummary> previousAttemptSummary();

  /** The current attempt. <p>Manifest field {@code currentAttemptSummary}. */
  Optional<ClusterAttemptSummary> currentAttemptSummary();

  /**
   * Fields the SDK does not model, kept only when a manifest was read in lenient mode so that they are
   * written back rather than dropped. Empty for values built in code.
   */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /** Returns {@code currentState.currentStateSummary}, or empty when the operator has written none yet. */
  default java.util.Optional<ClusterStateSummary> stateSummary() {
    return currentState().flatMap(ClusterState::currentStateSummary);
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ApacheClusterStatus}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableApacheClusterStatus.Builder {
    /**
     * Sets {@code currentState} to a value built by {@code spec} on a fresh {@link ClusterState.Builder}.
     *
     * @return this builder
     */
    public Builder currentState(Consumer<? super ClusterState.Builder> spec) {
      ClusterState.Builder builder = ClusterState.builder();
      spec.accept(builder);
      return currentState(builder.build());
    }

    /**
     * Sets {@code previousAttemptSummary} to a value built by {@code spec} on a fresh {@link ClusterAttemptSummary.Builder}.
     *
     * @return this builder
     */
    public Builder previousAttemptSummary(Consumer<? super ClusterAttemptSummary.Builder> spec) {
      ClusterAttemptSummary.Builder builder = ClusterAttemptSummary.builder();
      spec.accept(builder);
      return previousAttemptSummary(builder.build());
    }

    /**
     * Sets {@code currentAttemptSummary} to a value built by {@code spec} on a fresh {@link ClusterAttemptSummary.Builder}.
     *
     * @return this builder
     */
    public Builder currentAttemptSummary(Consumer<? super ClusterAttemptSummary.Builder> spec) {
      ClusterAttemptSummary.Builder builder = ClusterAttemptSummary.builder();
      spec.accept(builder);
      return currentAttemptSummary(builder.build());
    }
  }
}
