package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How many executors an application starts with and keeps ({@code
 * spec.applicationTolerations.instanceConfig}); the operator reports {@code
 * InitializedBelowThresholdExecutors} and {@code RunningWithBelowThresholdExecutors} against these
 * bounds.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableExecutorInstanceConfig.class)
@JsonDeserialize(as = ImmutableExecutorInstanceConfig.class)
public interface ExecutorInstanceConfig {
  /** The executors to start with. <p>Manifest field {@code initExecutors}. */
  Optional<Integer> initExecutors();

  /**
   * The fewest executors the application is healthy with. <p>Manifest field {@code minExecutors}.
   */
  Optional<Integer> minExecutors();

  /** The most executors. <p>Manifest field {@code maxExecutors}. */
  Optional<Integer> maxExecutors();

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

  /** Builds a {@link ExecutorInstanceConfig}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableExecutorInstanceConfig.Builder {}
}
