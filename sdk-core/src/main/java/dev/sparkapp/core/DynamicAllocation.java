package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Spark dynamic executor allocation ({@code spec.dynamicAllocation}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableDynamicAllocation.class)
@JsonDeserialize(as = ImmutableDynamicAllocation.class)
public interface DynamicAllocation {
  /**
   * Enabled controls whether dynamic allocation is enabled or not. <p>Manifest field {@code enabled}.
   */
  Optional<Boolean> enabled();

  /**
   * InitialExecutors is the initial number of executors to request. <p>Manifest field {@code
   * initialExecutors}.
   */
  Optional<Integer> initialExecutors();

  /**
   * MinExecutors is the lower bound for the number of executors if dynamic allocation is enabled.
   * <p>Manifest field {@code minExecutors}.
   */
  Optional<Integer> minExecutors();

  /**
   * MaxExecutors is the upper bound for the number of executors if dynamic allocation is enabled.
   * <p>Manifest field {@code maxExecutors}.
   */
  Optional<Integer> maxExecutors();

  /**
   * ShuffleTrackingEnabled enables shuffle file tracking for executors, which allows dynamic allocation
   * without the need for an external shuffle service. <p>Manifest field {@code shuffleTrackingEnabled}.
   */
  Optional<Boolean> shuffleTrackingEnabled();

  /**
   * ShuffleTrackingTimeout controls the timeout in milliseconds for executors that are holding shuffle
   * data if shuffle tracking is enabled (true by default if dynamic allocation is enabled). <p>Manifest
   * field {@code shuffleTrackingTimeout}.
   */
  Optional<Long> shuffleTrackingTimeout();

  /**
   * Fields the SDK does not model, kept only when a manifest was read in lenient mode so that they are
   * written back rather than dropped. Empty for values built in code.
   */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DynamicAllocation}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableDynamicAllocation.Builder {}
}
