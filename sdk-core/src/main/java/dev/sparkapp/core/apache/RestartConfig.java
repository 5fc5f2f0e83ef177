package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When and how often the Apache operator restarts an application ({@code
 * spec.applicationTolerations.restartConfig}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableRestartConfig.class)
@JsonDeserialize(as = ImmutableRestartConfig.class)
public interface RestartConfig {
  /**
   * Which terminations lead to a restart; the operator's default is {@code Never}. <p>Manifest field
   * {@code restartPolicy}.
   */
  Optional<ApacheRestartPolicy> restartPolicy();

  /**
   * The most restarts in total; the operator's default is 3. <p>Manifest field {@code
   * maxRestartAttempts}.
   */
  Optional<Long> maxRestartAttempts();

  /**
   * The wait before a restart; the operator's default is 30000. <p>Manifest field {@code
   * restartBackoffMillis}.
   */
  Optional<Long> restartBackoffMillis();

  /**
   * After how long of running the restart counters start again from zero; -1 (the default) never resets
   * them. <p>Manifest field {@code restartCounterResetMillis}.
   */
  Optional<Long> restartCounterResetMillis();

  /**
   * The most restarts after a failure; unset means {@code maxRestartAttempts} applies. <p>Manifest field
   * {@code maxRestartOnFailure}.
   */
  Optional<Long> maxRestartOnFailure();

  /**
   * The wait before a restart after a failure; unset means {@code restartBackoffMillis}. <p>Manifest
   * field {@code restartBackoffMillisForFailure}.
   */
  Optional<Long> restartBackoffMillisForFailure();

  /**
   * The most restarts after a scheduling failure; unset means {@code maxRestartAttempts} applies.
   * <p>Manifest field {@code maxRestartOnSchedulingFailure}.
   */
  Optional<Long> maxRestartOnSchedulingFailure();

  /**
   * The wait before a restart after a scheduling failure; unset means {@code restartBackoffMillis}.
   * <p>Manifest field {@code restartBackoffMillisForSchedulingFailure}.
   */
  Optional<Long> restartBackoffMillisForSchedulingFailure();

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

  /** Builds a {@link RestartConfig}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableRestartConfig.Builder {}
}
