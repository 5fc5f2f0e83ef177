package dev.sparkapp.core;

import java.time.Instant;
import java.util.Optional;

/**
 * Where the operator stands in retrying an application, read from its {@code spec.restartPolicy} and
 * status the way the kubeflow spark-operator v2.5.2 decides ({@code pkg/util/sparkapplication.go}
 * {@code ShouldRetry}, {@code TimeUntilNextRetryDue}): a failed run is retried while
 * {@code executionAttempts <= onFailureRetries}, a failed submission while {@code submissionAttempts <=
 * onSubmissionFailureRetries}, always under {@code Always}; the next try is due
 * {@code interval × submissionAttempts} after {@code lastSubmissionAttemptTime}.
 *
 * @param policy the restart policy ({@code Never}, {@code OnFailure}, {@code Always}), or empty for a kind
 *     without retries
 * @param attempt the current attempt, counted the way the operator counts the kind of failure at hand
 *     (runs, or submissions for a failed submission); 0 before the first
 * @param maxAttempts the most attempts the policy allows; empty when unlimited ({@code Always}) or unknown
 * @param willRetry whether the operator will try again after the current attempt fails (or, in a failure
 *     state, whether it will try again now)
 * @param nextRetry when the next try is due, when the operator is waiting to retry
 */
public record RetryPosition(String policy, int attempt, Optional<Integer> maxAttempts, boolean willRetry,
    Optional<Instant> nextRetry) {
  /** Returns the position of a kind the operator does not retry. */
  public static RetryPosition none() {
    return new RetryPosition("", 0, Optional.empty(), false, Optional.empty());
  }

  /** Returns {@code attempt 2 of 3; will retry at 2026-12-02T10:20:00Z}, or {@code attempt 1 of 1; no retry}. */
  public String describe() {
    if (policy.isEmpty()) {
      return "the operator does not retry this kind";
    }
    String of = "attempt " + attempt + maxAttempts.map(m -> " of " + m).orElse(policy.equals("Always") ? " (restart policy Always)" : "");
    String next = willRetry
        ? nextRetry.map(t -> "; will retry at " + t).orElse("; will retry if it fails")
        : "; no retry left (restart policy " + policy + ")";
    return of + next;
  }
}
