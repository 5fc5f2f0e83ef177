package dev.sparkapp.client;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One cause a {@link Diagnosis} found, with what it rests on and what to do.
 *
 * @param cause the cause
 * @param summary one line: what happened, to which pod, with the figures that matter
 * @param pod the pod concerned, empty for the application as a whole
 * @param role {@code driver}, {@code executor}, {@code server}, or empty for the application as a whole
 * @param probePreset for {@link Cause#LIVENESS_PROBE}: the SDK preset the probe was recognised as
 *     ({@code spark-ui}, {@code log-staleness}, {@code job-progress}, {@code tcp}, or {@code custom})
 * @param time when it happened, if known
 * @param earlierAttempt whether it happened to an earlier attempt (a pod the operator has since replaced)
 * @param evidence the events and statuses it rests on, quoted
 * @param advice what to do
 */
public record Finding(Cause cause, String summary, Optional<String> pod, Optional<String> role,
    Optional<String> probePreset, Optional<Instant> time, boolean earlierAttempt, List<Evidence> evidence,
    String advice) {
  /** Copies {@code evidence}. */
  public Finding {
    evidence = List.copyOf(evidence);
  }
}
