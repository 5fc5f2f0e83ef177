package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApplicationTimeoutConfig;
import dev.sparkapp.core.apache.ApplicationTolerations;
import dev.sparkapp.core.apache.ExecutorInstanceConfig;
import dev.sparkapp.core.apache.RestartConfig;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code spec.applicationTolerations} of an Apache operator application: restart counts and back-offs
 * cannot be negative (the CRD has no minimum; the operator compares counters against them and waits for
 * them, RestartConfig), a timeout of 0 or less switches that timeout off (AppDriverTimeoutObserver checks
 * {@code timeoutThreshold > 0}), and the executor bounds must be ordered (ExecutorInstanceConfig, read by
 * the running observers to report {@code RunningWithBelowThresholdExecutors}).
 */
final class ApacheTolerationRules implements ApacheRule {
  static final String RESTART_BOUND = "apache-restart-bound";
  static final String TIMEOUT_DISABLED = "apache-timeout-disabled";
  static final String EXECUTOR_BOUNDS = "apache-executor-bounds";

  private static final FieldPath TOLERATIONS = FieldPath.of("spec", "applicationTolerations");

  @Override
  public void checkApplication(ApacheSparkApplication app, Findings findings) {
    Optional<ApplicationTolerations> tolerations = app.spec().applicationTolerations();
    tolerations.flatMap(ApplicationTolerations::restartConfig).ifPresent(r -> checkRestart(r, findings));
    tolerations.flatMap(ApplicationTolerations::applicationTimeoutConfig).ifPresent(t -> checkTimeouts(t, findings));
    tolerations.flatMap(ApplicationTolerations::instanceConfig).ifPresent(i -> checkExecutors(i, findings));
  }

  private static void checkRestart(RestartConfig restart, Findings findings) {
    FieldPath at = TOLERATIONS.field("restartConfig");
    Map<String, Function<RestartConfig, Optional<Long>>> bounds = new java.util.LinkedHashMap<>();
    bounds.put("maxRestartAttempts", RestartConfig::maxRestartAttempts);
    bounds.put("maxRestartOnFailure", RestartConfig::maxRestartOnFailure);
    bounds.put("maxRestartOnSchedulingFailure", RestartConfig::maxRestartOnSchedulingFailure);
    bounds.put("restartBackoffMillis", RestartConfig::restartBackoffMillis);
    bounds.put("restartBackoffMillisForFailure", RestartConfig::restartBackoffMillisForFailure);
    bounds.put("restartBackoffMillisForSchedulingFailure", RestartConfig::restartBackoffMillisForSchedulingFailure);
    bounds.forEach((field, getter) -> getter.apply(restart).filter(v -> v < 0).ifPresent(v ->
        findings.error(at.field(field), RESTART_BOUND, field + " is " + v + "; a " + (field.startsWith("max")
            ? "number of restarts" : "wait in milliseconds") + " cannot be negative: use 0 or more")));
  }

  private static void checkTimeouts(ApplicationTimeoutConfig timeouts, Findings findings) {
    FieldPath at = TOLERATIONS.field("applicationTimeoutConfig");
    Map<String, Optional<Long>> steps = new java.util.LinkedHashMap<>();
    steps.put("driverStartTimeoutMillis", timeouts.driverStartTimeoutMillis());
    steps.put("driverReadyTimeoutMillis", timeouts.driverReadyTimeoutMillis());
    steps.put("executorStartTimeoutMillis", timeouts.executorStartTimeoutMillis());
    steps.forEach((field, value) -> value.filter(v -> v <= 0).ifPresent(v ->
        findings.warning(at.field(field), TIMEOUT_DISABLED, field + " is " + v + ", which switches this timeout "
            + "off: the operator then waits for ever at this step; remove it for the default of "
            + ApplicationTimeoutConfig.DEFAULT_DRIVER_READY_TIMEOUT_MILLIS + " ms or set a positive limit")));
  }

  private static void checkExecutors(ExecutorInstanceConfig instances, Findings findings) {
    FieldPath at = TOLERATIONS.field("instanceConfig");
    Map<String, Optional<Integer>> counts = new java.util.LinkedHashMap<>();
    counts.put("initExecutors", instances.initExecutors());
    counts.put("minExecutors", instances.minExecutors());
    counts.put("maxExecutors", instances.maxExecutors());
    boolean negative = false;
    for (Map.Entry<String, Optional<Integer>> count : counts.entrySet()) {
      if (count.getValue().orElse(0) < 0) {
        negative = true;
        findings.error(at.field(count.getKey()), EXECUTOR_BOUNDS, count.getKey() + " is " + count.getValue().get()
            + "; a number of executors cannot be negative");
      }
    }
    int min = instances.minExecutors().orElse(0);
    int max = instances.maxExecutors().orElse(0);
    if (!negative && max > 0 && min > max) {
      findings.error(at.field("minExecutors"), EXECUTOR_BOUNDS, "minExecutors (" + min + ") is greater than "
          + "maxExecutors (" + max + "): the application can never run healthy; make minExecutors at most maxExecutors");
    }
    int init = instances.initExecutors().orElse(0);
    if (!negative && max > 0 && init > max) {
      findings.warning(at.field("initExecutors"), EXECUTOR_BOUNDS, "initExecutors (" + init + ") is greater than "
          + "maxExecutors (" + max + "); make it at most maxExecutors");
    }
  }
}
