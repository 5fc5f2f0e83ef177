package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The attempt and restart counters of an application's attempt ({@code
 * status.*AttemptSummary.attemptInfo}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableApplicationAttemptInfo.class)
@JsonDeserialize(as = ImmutableApplicationAttemptInfo.class)
public interface ApplicationAttemptInfo {
  /** The attempt's number, from 0. <p>Manifest field {@code id}. */
  Optional<Long> id();

  /** The restarts so far. <p>Manifest field {@code restartCounter}. */
  Optional<Long> restartCounter();

  /** The restarts after failures so far. <p>Manifest field {@code failureRestartCounter}. */
  Optional<Long> failureRestartCounter();

  /**
   * The restarts after scheduling failures so far. <p>Manifest field {@code
   * schedulingFailureRestartCounter}.
   */
  Optional<Long> schedulingFailureRestartCounter();

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

  /** Builds a {@link ApplicationAttemptInfo}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableApplicationAttemptInfo.Builder {}
}
