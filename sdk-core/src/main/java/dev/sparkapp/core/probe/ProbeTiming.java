package dev.sparkapp.core.probe;

import dev.sparkapp.core.ProbeKind;
import io.fabric8.kubernetes.api.model.Probe;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How fast a probe reacts, computed from its settings with the kubelet's semantics.
 *
 * <p>Unset settings take the Kubernetes defaults: {@code initialDelaySeconds} 0, {@code periodSeconds} 10,
 * {@code timeoutSeconds} 1, {@code failureThreshold} 3, {@code successThreshold} 1. Writing
 * <i>d</i>, <i>p</i>, <i>t</i>, <i>f</i>, <i>s</i> for them, and <i>i</i> = max(<i>p</i>, <i>t</i>) for the
 * time between two probes that each run into their timeout (the kubelet probes a container one probe at
 * a time, so a slow probe delays the next tick):
 * <ul>
 *   <li>{@link #worstCaseDetection()} = <i>a</i> + <i>p</i> + (<i>f</i> − 1)·<i>i</i> + <i>t</i>, from the
 *       moment the pod stops doing its work (hang <i>H</i>) to the kubelet acting. The kubelet's ticks are
 *       <i>p</i> apart while probes pass. A check that fails as soon as the process hangs (spark-ui, tcp, a
 *       probe written by hand) has no allowance, <i>a</i> = 0: the next tick starts at most <i>p</i> after
 *       <i>H</i>, and each of the <i>f</i> failing probes, <i>i</i> apart, may wait its full timeout. A preset
 *       that tolerates a quiet stretch first must see it exceed its limit; {@link #allowance()} <i>a</i> is
 *       the worst case from <i>H</i> to the start of the tick that can first fail, minus <i>p</i>:
 *       <ul>
 *         <li>log staleness with {@code maxAge} <i>m</i>: the last write is at <i>H</i> at the latest; the
 *             script compares whole seconds ({@code date +%s} − {@code stat -c %Y} &gt; <i>m</i>), which
 *             holds once <i>m</i> + 1 seconds have passed, and the first tick after that comes within
 *             <i>p</i>: <i>a</i> = <i>m</i> + 1s;</li>
 *         <li>job progress with {@code stall} <i>S</i>: the last movement before <i>H</i> is observed by
 *             the next tick, up to <i>p</i> after <i>H</i>, which records it as the last progress
 *             <i>T₀</i>; runs then fail once {@code date +%s} − <i>T₀</i> ≥ <i>S</i>, and the first tick
 *             at or after <i>T₀</i> + <i>S</i> comes within <i>p</i> (the two clock readings are taken at
 *             the same point of their runs): <i>a</i> = <i>S</i> + <i>p</i>.</li>
 *       </ul>
 *       The presets are recognised from the probe itself (their exact command), so a probe read from YAML
 *       gets the same figure as one built in code;</li>
 *   <li>{@link #timeToFirstSuccess()} = <i>d</i> + (<i>s</i> − 1)·<i>p</i>: the first probe runs at the
 *       initial delay and succeeds, followed by the <i>s</i> − 1 further successes a readiness probe may
 *       require;</li>
 *   <li>{@link #startupBudget()} = <i>d</i> + <i>f</i>·<i>p</i> for a startup probe (the figure the
 *       Kubernetes documentation gives), zero for the other kinds. The kubelet's probe ticks are not
 *       aligned with the container start, so the kill can come up to one period earlier.</li>
 * </ul>
 * For example the default liveness timing (<i>p</i> 15, <i>t</i> 10, <i>f</i> 4) detects a dead UI in 70s,
 * a 900s log staleness in 971s and a 900s job-progress stall in 985s. The time the kubelet then takes to act
 * (the container's {@code terminationGracePeriodSeconds} for a kill) comes on top and is not included.
 */
public final class ProbeTiming {
  private static final int DEFAULT_PERIOD_SECONDS = 10;
  private static final int DEFAULT_TIMEOUT_SECONDS = 1;
  private static final int DEFAULT_FAILURE_THRESHOLD = 3;
  private static final int DEFAULT_SUCCESS_THRESHOLD = 1;
  private static final int DEFAULT_INITIAL_DELAY_SECONDS = 0;

  private final long initialDelay;
  private final long period;
  private final long timeout;
  private final int failureThreshold;
  private final int successThreshold;
  private final Duration allowance;
  private final Duration worstCaseDetection;
  private final Duration timeToFirstSuccess;
  private final Duration startupBudget;

  private ProbeTiming(ProbeKind kind, long initialDelay, long period, long timeout, int failureThreshold,
      int successThreshold, Optional<Duration> maxAge, Optional<Duration> stall) {
    this.initialDelay = initialDelay;
    this.period = period;
    this.timeout = timeout;
    this.failureThreshold = failureThreshold;
    this.successThreshold = successThreshold;
    long interval = Math.max(period, timeout);
    this.allowance = maxAge.map(m -> m.plusSeconds(1))
        .or(() -> stall.map(s -> s.plusSeconds(period)))
        .orElse(Duration.ZERO);
    this.worstCaseDetection = allowance.plusSeconds(period + (failureThreshold - 1) * interval + timeout);
    this.timeToFirstSuccess = Duration.ofSeconds(initialDelay + (successThreshold - 1) * period);
    this.startupBudget = Duration.ofSeconds(kind == ProbeKind.STARTUP ? initialDelay + failureThreshold * period : 0);
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
    return new ProbeTiming(kind,
        orDefault(probe.getInitialDelaySeconds(), DEFAULT_INITIAL_DELAY_SECONDS),
        orDefault(probe.getPeriodSeconds(), DEFAULT_PERIOD_SECONDS),
        orDefault(probe.getTimeoutSeconds(), DEFAULT_TIMEOUT_SECONDS),
        orDefault(probe.getFailureThreshold(), DEFAULT_FAILURE_THRESHOLD),
        orDefault(probe.getSuccessThreshold(), DEFAULT_SUCCESS_THRESHOLD),
        LogStalenessCheck.maxAgeOf(probe), JobProgressCheck.stallOf(probe));
  }

  /** Returns {@code value}, or the Kubernetes default when it is unset or not positive. */
  private static int orDefault(Integer value, int kubernetesDefault) {
    return value == null || value < 0 || (value == 0 && kubernetesDefault > 0) ? kubernetesDefault : value;
  }

  /** Returns {@code initialDelaySeconds}, defaults applied: when the kubelet first probes. */
  public Duration initialDelay() {
    return Duration.ofSeconds(initialDelay);
  }

  /** Returns {@code periodSeconds}, defaults applied: how often the kubelet probes. */
  public Duration period() {
    return Duration.ofSeconds(period);
  }

  /** Returns {@code timeoutSeconds}, defaults applied: how long one probe may take before it fails. */
  public Duration timeout() {
    return Duration.ofSeconds(timeout);
  }

  /** Returns {@code failureThreshold}, defaults applied: consecutive failures before the kubelet acts. */
  public int failureThreshold() {
    return failureThreshold;
  }

  /** Returns {@code successThreshold}, defaults applied: consecutive successes before the probe passes. */
  public int successThreshold() {
    return successThreshold;
  }

  /**
   * Returns how long the probe's preset tolerates a quiet pod beyond a plain check: {@code maxAge} + 1s for
   * log staleness, {@code stall} + one period for job progress, zero otherwise (see the class description).
   */
  public Duration allowance() {
    return allowance;
  }

  /**
   * Returns the worst-case time from a hang to the kubelet acting on it: restarting the container for a
   * liveness probe, marking the pod unready for a readiness probe, killing it for a startup probe. It
   * includes the preset's {@link #allowance()}.
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
        && initialDelay == other.initialDelay && period == other.period && timeout == other.timeout
        && failureThreshold == other.failureThreshold && successThreshold == other.successThreshold
        && allowance.equals(other.allowance) && worstCaseDetection.equals(other.worstCaseDetection)
        && timeToFirstSuccess.equals(other.timeToFirstSuccess)
        && startupBudget.equals(other.startupBudget);
  }

  @Override
  public int hashCode() {
    return Objects.hash(initialDelay, period, timeout, failureThreshold, successThreshold, allowance, worstCaseDetection, timeToFirstSuccess, startupBudget);
  }

  @Override
  public String toString() {
    return "ProbeTiming{worstCaseDetection=" + worstCaseDetection
        + ", timeToFirstSuccess=" + timeToFirstSuccess
        + ", startupBudget=" + startupBudget + "}";
  }
}
