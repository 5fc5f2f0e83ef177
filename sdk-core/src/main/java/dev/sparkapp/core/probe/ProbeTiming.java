package dev.sparkapp.core.probe;

import io.fabric8.kubernetes.api.model.Probe;
import java.time.Duration;
import java.util.Objects;

/**
 * How fast a probe reacts, computed from its settings with the kubelet's semantics.
 *
 * <p>Unset settings take the Kubernetes defaults: {@code initialDelaySeconds} 0, {@code periodSeconds} 10,
 * {@code timeoutSeconds} 1, {@code failureThreshold} 3, {@code successThreshold} 1. Writing
 * <i>d</i>, <i>p</i>, <i>t</i>, <i>f</i>, <i>s</i> for them, and <i>i</i> = max(<i>p</i>, <i>t</i>) for the
 * time between two probes that each run into their timeout (the kubelet probes a container one probe at
 * a time, so a slow probe delays the next tick):
 * <ul>
 *   <li>{@link #worstCaseDetection()} = <i>p</i> + (<i>f</i> − 1)·<i>i</i> + <i>t</i>: the process hangs
 *       just after a probe succeeded; the next probe starts one period later and each of the
 *       <i>f</i> failing probes waits its full timeout;</li>
 *   <li>{@link #timeToFirstSuccess()} = <i>d</i> + (<i>s</i> − 1)·<i>p</i>: the first probe runs at the
 *       initial delay and succeeds, followed by the <i>s</i> − 1 further successes a readiness probe may
 *       require;</li>
 *   <li>{@link #startupBudget()} = <i>d</i> + <i>f</i>·<i>p</i> for a startup probe (the figure the
 *       Kubernetes documentation gives), zero for the other kinds. The kubelet's probe ticks are not
 *       aligned with the container start, so the kill can come up to one period earlier.</li>
 * </ul>
 * The time the kubelet then takes to act (the container's {@code terminationGracePeriodSeconds} for a
 * kill) comes on top and is not included.
 */
public final class ProbeTiming {
  static final int DEFAULT_PERIOD_SECONDS = 10;
  static final int DEFAULT_TIMEOUT_SECONDS = 1;
  static final int DEFAULT_FAILURE_THRESHOLD = 3;
  static final int DEFAULT_SUCCESS_THRESHOLD = 1;
  static final int DEFAULT_INITIAL_DELAY_SECONDS = 0;

  private final Duration worstCaseDetection;
  private final Duration timeToFirstSuccess;
  private final Duration startupBudget;

  private ProbeTiming(Duration worstCaseDetection, Duration timeToFirstSuccess, Duration startupBudget) {
    this.worstCaseDetection = worstCaseDetection;
    this.timeToFirstSuccess = timeToFirstSuccess;
    this.startupBudget = startupBudget;
  }

  /**
   * Returns the timing of {@code probe} without knowing its kind: {@link #startupBudget()} is what the
   * probe would allow as a {@code startupProbe}. Use {@link #of(ProbeKind, Probe)} when the kind is known.
   */
  public static ProbeTiming of(Probe probe) {
    return of(ProbeKind.STARTUP, probe);
  }

  /** Returns the timing of {@code probe} used as a probe of {@code kind}. */
  public static ProbeTiming of(ProbeKind kind, Probe probe) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(probe, "probe");
    long delay = orDefault(probe.getInitialDelaySeconds(), DEFAULT_INITIAL_DELAY_SECONDS);
    long period = orDefault(probe.getPeriodSeconds(), DEFAULT_PERIOD_SECONDS);
    long timeout = orDefault(probe.getTimeoutSeconds(), DEFAULT_TIMEOUT_SECONDS);
    long failures = orDefault(probe.getFailureThreshold(), DEFAULT_FAILURE_THRESHOLD);
    long successes = orDefault(probe.getSuccessThreshold(), DEFAULT_SUCCESS_THRESHOLD);
    long interval = Math.max(period, timeout);
    long detection = period + (failures - 1) * interval + timeout;
    long firstSuccess = delay + (successes - 1) * period;
    long budget = kind == ProbeKind.STARTUP ? delay + failures * period : 0;
    return new ProbeTiming(
        Duration.ofSeconds(detection), Duration.ofSeconds(firstSuccess), Duration.ofSeconds(budget));
  }

  /** Returns {@code value}, or the Kubernetes default when it is unset or not positive. */
  static long orDefault(Integer value, int kubernetesDefault) {
    return value == null || value < 0 || (value == 0 && kubernetesDefault > 0) ? kubernetesDefault : value;
  }

  /**
   * Returns the worst-case time from a hang to the kubelet acting on it: restarting the container for a
   * liveness probe, marking the pod unready for a readiness probe, killing it for a startup probe.
   */
  public Duration worstCaseDetection() {
    return worstCaseDetection;
  }

  /** Returns the earliest time after the container starts at which the probe can count as passed. */
  public Duration timeToFirstSuccess() {
    return timeToFirstSuccess;
  }

  /**
   * Returns the longest time a startup probe gives the container to start before it is killed; zero for
   * liveness and readiness probes.
   */
  public Duration startupBudget() {
    return startupBudget;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProbeTiming other
        && worstCaseDetection.equals(other.worstCaseDetection)
        && timeToFirstSuccess.equals(other.timeToFirstSuccess)
        && startupBudget.equals(other.startupBudget);
  }

  @Override
  public int hashCode() {
    return Objects.hash(worstCaseDetection, timeToFirstSuccess, startupBudget);
  }

  @Override
  public String toString() {
    return "ProbeTiming{worstCaseDetection=" + worstCaseDetection
        + ", timeToFirstSuccess=" + timeToFirstSuccess
        + ", startupBudget=" + startupBudget + "}";
  }
}
