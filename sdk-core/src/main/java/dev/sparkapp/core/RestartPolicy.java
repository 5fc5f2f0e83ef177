package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When and how often the operator restarts the application ({@code spec.restartPolicy}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableRestartPolicy.class)
@JsonDeserialize(as = ImmutableRestartPolicy.class)
public interface RestartPolicy {
  /**
   * Type specifies the RestartPolicyType. <p>Manifest field {@code type}.
   */
  Optional<RestartPolicyType> type();

  /**
   * OnSubmissionFailureRetries is the number of times to retry submitting an application before giving
   * up. <p>Manifest field {@code onSubmissionFailureRetries}.
   */
  Optional<Integer> onSubmissionFailureRetries();

  /**
   * OnFailureRetries the number of times to retry running an application before giving up. <p>Manifest
   * field {@code onFailureRetries}.
   */
  Optional<Integer> onFailureRetries();

  /**
   * OnSubmissionFailureRetryInterval is the interval in seconds between retries on failed submissions.
   * <p>Manifest field {@code onSubmissionFailureRetryInterval}.
   */
  Optional<Long> onSubmissionFailureRetryInterval();

  /**
   * OnFailureRetryInterval is the interval in seconds between retries on failed runs. <p>Manifest field
   * {@code onFailureRetryInterval}.
   */
  Optional<Long> onFailureRetryInterval();

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

  /** Returns a policy of the given type with no retry settings. */
  static RestartPolicy of(RestartPolicyType type) {
    return builder().type(type).build();
  }

  /** Builds a {@link RestartPolicy}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableRestartPolicy.Builder {}
}
