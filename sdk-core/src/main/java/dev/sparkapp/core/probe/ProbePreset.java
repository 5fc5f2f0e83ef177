package dev.sparkapp.core.probe;

import dev.sparkapp.core.AttachableProbe;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkPod;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import javax.annotation.Nullable;

/**
 * One ready-made probe for a Spark pod, made by {@link Probes}: what it checks plus its timing. Immutable;
 * each {@code with*} method returns a changed copy.
 *
 * <p>Timing that is not set explicitly depends on the kind of probe the preset becomes, and is tuned for
 * Spark's JVMs:
 * <table>
 *   <caption>Default timing per kind</caption>
 *   <tr><th>kind</th><th>initialDelay</th><th>period</th><th>timeout</th><th>failureThreshold</th></tr>
 *   <tr><td>liveness</td><td>60s</td><td>15s</td><td>10s</td><td>4</td></tr>
 *   <tr><td>readiness</td><td>0s</td><td>10s</td><td>5s</td><td>3</td></tr>
 *   <tr><td>startup</td><td>0s</td><td>10s</td><td>5s</td><td>30</td></tr>
 * </table>
 * <ul>
 *   <li>Liveness waits 60s before the first probe because the driver's UI binds only after spark-submit,
 *       JVM start and SparkContext initialisation; with a startup probe the kubelet holds liveness back
 *       anyway. Its 10s timeout and 4 failures 15s apart let a JVM through stop-the-world GC pauses of
 *       up to about 55s, the common pause length of multi-GB heaps, while a real hang still ends the
 *       driver in {@code 15 + 3·15 + 10 = 70}s. Drivers run with {@code restartPolicy: Never}: a failed
 *       liveness probe ends the driver, and only the SparkApplication's {@code restartPolicy} brings the
 *       application back.</li>
 *   <li>Readiness starts at once and reacts within {@code 10 + 2·10 + 5 = 35}s; it only takes the pod
 *       out of Service endpoints, so it may be quicker than liveness.</li>
 *   <li>Startup allows {@code 30 · 10 = 300}s: enough for dependency downloads
 *       ({@code spark.jars.packages}) and a slow SparkContext start on a busy node.</li>
 * </ul>
 * {@code successThreshold} stays 1 (Kubernetes requires 1 for liveness and startup probes).
 */
public final class ProbePreset implements AttachableProbe {
  private final ProbeCheck check;
  @Nullable private final Integer initialDelaySeconds;
  @Nullable private final Integer periodSeconds;
  @Nullable private final Integer timeoutSeconds;
  @Nullable private final Integer failureThreshold;
  @Nullable private final Integer successThreshold;

  private ProbePreset(ProbeCheck check, @Nullable Integer initialDelaySeconds, @Nullable Integer periodSeconds,
      @Nullable Integer timeoutSeconds, @Nullable Integer failureThreshold, @Nullable Integer successThreshold) {
    this.check = check;
    this.initialDelaySeconds = initialDelaySeconds;
    this.periodSeconds = periodSeconds;
    this.timeoutSeconds = timeoutSeconds;
    this.failureThreshold = failureThreshold;
    this.successThreshold = successThreshold;
  }

  static ProbePreset of(ProbeCheck check) {
    return new ProbePreset(check, null, null, null, null, null);
  }

  /**
   * Returns {@code probe}, recorded by a pod builder, as the preset it is; {@code path} names where it goes,
   * {@code null} when not known.
   *
   * @throws ProbePresetException when it is not a {@link ProbePreset} (the model's only implementation)
   */
  static ProbePreset from(AttachableProbe probe, @Nullable FieldPath path) {
    if (probe instanceof ProbePreset preset) {
      return preset;
    }
    String message = "cannot attach " + probe.getClass().getName() + ": use a preset of Probes "
        + "(Probes.custom(probe) for a probe written by hand)";
    throw path == null ? new ProbePresetException(message) : new ProbePresetException(path, message);
  }

  ProbeCheck check() {
    return check;
  }

  /**
   * Returns the preset's name, one of {@link Probes#NAMES} ({@code spark-ui}, {@code driver-rpc}, ...), or
   * {@code custom} for a probe written by hand ({@link Probes#custom}).
   */
  @Override
  public String name() {
    return check.name();
  }

  /**
   * Returns a copy whose probes first run {@code delay} (whole seconds, at least 0) after the container starts.
   *
   * @throws ProbePresetException when {@code delay} is negative or not whole seconds
   */
  public ProbePreset withInitialDelay(Duration delay) {
    return new ProbePreset(check, seconds(delay, 0, "initialDelay"), periodSeconds, timeoutSeconds,
        failureThreshold, successThreshold);
  }

  /**
   * Returns a copy that probes every {@code period} (whole seconds, at least 1s).
   *
   * @throws ProbePresetException when {@code period} is shorter than 1s or not whole seconds
   */
  public ProbePreset withPeriod(Duration period) {
    return new ProbePreset(check, initialDelaySeconds, seconds(period, 1, "period"), timeoutSeconds,
        failureThreshold, successThreshold);
  }

  /**
   * Returns a copy whose single probe fails after {@code timeout} (whole seconds, at least 1s).
   *
   * @throws ProbePresetException when {@code timeout} is shorter than 1s or not whole seconds
   */
  public ProbePreset withTimeout(Duration timeout) {
    return new ProbePreset(check, initialDelaySeconds, periodSeconds, seconds(timeout, 1, "timeout"),
        failureThreshold, successThreshold);
  }

  /**
   * Returns a copy that acts after {@code threshold} (at least 1) consecutive failures.
   *
   * @throws ProbePresetException when {@code threshold} is below 1
   */
  public ProbePreset withFailureThreshold(int threshold) {
    return new ProbePreset(check, initialDelaySeconds, periodSeconds, timeoutSeconds,
        atLeastOne(threshold, "failureThreshold"), successThreshold);
  }

  /**
   * Returns a copy that counts as passed after {@code threshold} (at least 1) consecutive successes.
   * Kubernetes accepts values above 1 only for readiness probes.
   *
   * @throws ProbePresetException when {@code threshold} is below 1
   */
  public ProbePreset withSuccessThreshold(int threshold) {
    return new ProbePreset(check, initialDelaySeconds, periodSeconds, timeoutSeconds, failureThreshold,
        atLeastOne(threshold, "successThreshold"));
  }

  /**
   * Returns a copy of a log-staleness preset whose log file lives in {@code directory} (an absolute path)
   * instead of {@code /var/log/spark}.
   *
   * @throws ProbePresetException when this is not a log-staleness preset, or {@code directory} is not a
   *     plain absolute path
   */
  public ProbePreset withLogDirectory(String directory) {
    if (!(check instanceof LogStalenessCheck logs)) {
      throw new ProbePresetException("withLogDirectory applies to the log-staleness preset only, not to " + name());
    }
    return new ProbePreset(new LogStalenessCheck(logs.maxAge(), directory), initialDelaySeconds, periodSeconds,
        timeoutSeconds, failureThreshold, successThreshold);
  }

  /**
   * Returns a copy of a job-progress preset that keeps its state file in {@code directory} (an absolute
   * path, mounted as the preset's emptyDir) instead of {@code /opt/sparkapp/job-progress}.
   *
   * @throws ProbePresetException when this is not a job-progress preset, or {@code directory} is not a
   *     plain absolute path
   */
  public ProbePreset withStateDirectory(String directory) {
    if (!(check instanceof JobProgressCheck progress)) {
      throw new ProbePresetException("withStateDirectory applies to the job-progress preset only, not to " + name());
    }
    return new ProbePreset(new JobProgressCheck(progress.stall(), directory), initialDelaySeconds, periodSeconds,
        timeoutSeconds, failureThreshold, successThreshold);
  }

  /**
   * Returns the probe this preset becomes as a probe of {@code kind} in {@code pod}, for an application
   * whose {@code sparkConf} is {@code sparkConf} (ports follow it). Attaching presets with {@link ProbeSet}
   * also pins ports and wires file logging; this method only builds the probe.
   *
   * @throws ProbePresetException when the preset does not fit the pod or the configuration
   */
  public Probe toProbe(ProbeKind kind, SparkPod pod, Map<String, String> sparkConf) {
    FieldPath template = pod.isClusterRole()
        ? FieldPath.of("spec").field(pod.specField() + "Spec").field("statefulSetSpec").field("template")
        : FieldPath.of("spec").field(pod.specField()).field("template");
    return toProbe(kind, pod, new SparkConfAt(sparkConf, SparkConfAt.SPEC_SPARK_CONF),
        template.field("spec").field("containers").named(pod.containerName()).field(kind.fieldName()));
  }

  Probe toProbe(ProbeKind kind, SparkPod pod, SparkConfAt sparkConf, FieldPath path) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sparkConf, "sparkConf");
    check.requireKind(kind, path);
    ProbeBuilder probe = new ProbeBuilder();
    check.handler(probe, pod, sparkConf, path);
    // A probe written by hand keeps its own timing where this preset sets none; a preset gets Spark's defaults.
    boolean written = check instanceof CustomProbe;
    Integer success = orElse(successThreshold, written, probe.getSuccessThreshold(), 1);
    if (kind != ProbeKind.READINESS && success != null && success != 1) {
      throw new ProbePresetException(path.field("successThreshold"),
          "Kubernetes requires successThreshold 1 for " + kind.fieldName() + "; set 1 or use the probe as a "
              + "readiness probe");
    }
    boolean liveness = kind == ProbeKind.LIVENESS;
    int failures = switch (kind) {
      case LIVENESS -> 4;
      case READINESS -> 3;
      case STARTUP -> 30;
    };
    probe
        .withInitialDelaySeconds(orElse(initialDelaySeconds, written, probe.getInitialDelaySeconds(), liveness ? 60 : 0))
        .withPeriodSeconds(orElse(periodSeconds, written, probe.getPeriodSeconds(), liveness ? 15 : 10))
        .withTimeoutSeconds(orElse(timeoutSeconds, written, probe.getTimeoutSeconds(), liveness ? 10 : 5))
        .withFailureThreshold(orElse(failureThreshold, written, probe.getFailureThreshold(), failures))
        .withSuccessThreshold(success);
    if (probe.getTimeoutSeconds() != null) {
      check.timed(probe, probe.getTimeoutSeconds());
    }
    return probe.build();
  }

  /** Returns the value this preset sets, else the written probe's own (for a custom probe), else Spark's default. */
  @Nullable
  private static Integer orElse(@Nullable Integer set, boolean written, @Nullable Integer own, int sparkDefault) {
    if (set != null) {
      return set;
    }
    return written ? own : Integer.valueOf(sparkDefault);
  }

  private static int seconds(Duration duration, int min, String what) {
    Objects.requireNonNull(duration, what);
    if (duration.getNano() != 0 || duration.getSeconds() < min || duration.getSeconds() > Integer.MAX_VALUE) {
      throw new ProbePresetException(what + " must be a whole number of seconds, at least " + min + "s; got "
          + duration);
    }
    return (int) duration.getSeconds();
  }

  private static int atLeastOne(int value, String what) {
    if (value < 1) {
      throw new ProbePresetException(what + " must be at least 1; got " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProbePreset other
        && check.equals(other.check)
        && Objects.equals(initialDelaySeconds, other.initialDelaySeconds)
        && Objects.equals(periodSeconds, other.periodSeconds)
        && Objects.equals(timeoutSeconds, other.timeoutSeconds)
        && Objects.equals(failureThreshold, other.failureThreshold)
        && Objects.equals(successThreshold, other.successThreshold);
  }

  @Override
  public int hashCode() {
    return Objects.hash(check, initialDelaySeconds, periodSeconds, timeoutSeconds, failureThreshold,
        successThreshold);
  }

  @Override
  public String toString() {
    return "ProbePreset{" + name() + "}";
  }
}
