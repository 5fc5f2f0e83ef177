package dev.sparkapp.testing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link ProbeRunner} saw: every attempt in order and the verdict the kubelet would reach. A run
 * stops at the first verdict: {@code successThreshold} consecutive successes pass the probe,
 * {@code failureThreshold} consecutive failures fail it (the kubelet restarts, marks unready or kills).
 */
public final class ProbeTimeline {
  /** The kubelet's verdict on a probe. */
  public enum Verdict {
    /** {@code successThreshold} consecutive attempts succeeded. */
    PASSED,
    /** {@code failureThreshold} consecutive attempts failed: the kubelet acts. */
    FAILED,
    /** The run ended before either threshold was reached. */
    UNDECIDED
  }

  private final List<ProbeOutcome> outcomes;
  private final Verdict verdict;
  private final Duration decidedAt;

  ProbeTimeline(List<ProbeOutcome> outcomes, Verdict verdict, Duration decidedAt) {
    this.outcomes = List.copyOf(outcomes);
    this.verdict = verdict;
    this.decidedAt = decidedAt;
  }

  /** Returns every attempt, in order. */
  public List<ProbeOutcome> outcomes() {
    return outcomes;
  }

  /** Returns the verdict. */
  public Verdict verdict() {
    return verdict;
  }

  /** Returns when the verdict was reached (the end of the deciding attempt), empty when undecided. */
  public Optional<Duration> decidedAt() {
    return verdict == Verdict.UNDECIDED ? Optional.empty() : Optional.of(decidedAt);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(verdict.toString());
    decidedAt().ifPresent(at -> text.append(" at +").append(at.toMillis()).append("ms"));
    outcomes.forEach(outcome -> text.append("\n  ").append(outcome));
    return text.toString();
  }
}
