package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.apache.ApacheApplicationSpec;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApplicationTemplateSpec;
import dev.sparkapp.core.apache.ApplicationTimeoutConfig;
import dev.sparkapp.core.apache.ApplicationTolerations;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.probe.ProbeTiming;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The driver's probes against the time the Apache operator 1.0.0 gives the driver. Its observers
 * (AppDriverStartObserver, AppDriverReadyObserver, AppDriverTimeoutObserver) move an application to
 * {@code DriverStarted} only when Spark's container is ready (PodUtils.isDriverPodStarted: the container
 * sparkConf's {@code spark.kubernetes.driver.podTemplateContainerName} names, the only one in a one-container
 * pod, any of them otherwise), failing it with {@code DriverStartTimedOut} after {@code driverStartTimeoutMillis}
 * from the driver's request; then to {@code DriverReady} only when the pod is Ready (every container ready),
 * failing it with {@code DriverReadyTimedOut} after {@code driverReadyTimeoutMillis} more. A timeout of 0 or
 * less is off. So startup and readiness probes decide when those states come: a probe that lets its
 * container take longer than the operator waits makes the operator give up first.
 *
 * <p>For a container, the earliest time to ready is its startup probe's first success
 * ({@link ProbeTiming#timeToFirstSuccess()}) plus its readiness probe's; the worst case is its startup probe's
 * budget ({@link ProbeTiming#startupBudget()}, the latest it lets the container start) plus its readiness
 * probe's first success. Scheduling and image pulls come on top and are not counted.
 */
final class ApacheDriverBudgetRules implements ApacheRule {
  static final String UNREACHABLE = "apache-driver-never-ready";
  static final String OVER_BUDGET = "apache-probe-over-budget";

  private static final FieldPath CONTAINERS =
      FieldPath.of("spec", "driverSpec", "podTemplateSpec", "spec", "containers");

  @Override
  public void checkApplication(ApacheSparkApplication app, Findings findings) {
    ApacheApplicationSpec spec = app.spec();
    List<Container> containers = spec.driverSpec().flatMap(ApplicationTemplateSpec::podTemplateSpec)
        .map(PodTemplateSpec::getSpec).map(p -> p.getContainers()).orElse(List.of());
    if (containers.isEmpty()) {
      return;
    }
    Optional<ApplicationTimeoutConfig> timeouts = spec.applicationTolerations()
        .flatMap(ApplicationTolerations::applicationTimeoutConfig);
    long start = timeouts.map(ApplicationTimeoutConfig::effectiveDriverStartTimeoutMillis)
        .orElse(ApplicationTimeoutConfig.DEFAULT_DRIVER_START_TIMEOUT_MILLIS);
    long ready = spec.driverReadyTimeoutMillis();
    int spark = sparkContainer(containers, spec.sparkConf());
    for (int i = 0; i < containers.size(); i++) {
      Container container = containers.get(i);
      if (container.getStartupProbe() == null && container.getReadinessProbe() == null) {
        continue;
      }
      boolean gatesStart = i == spark;
      long budget = gatesStart ? start : (start <= 0 || ready <= 0 ? 0 : start + ready);
      if (budget <= 0) {
        continue;
      }
      String what = gatesStart
          ? "the operator fails the application with DriverStartTimedOut when Spark's container is not ready "
              + "driverStartTimeoutMillis (" + start + " ms) after the driver was requested"
          : "the operator fails the application with DriverReadyTimedOut when the driver pod is not Ready "
              + "driverStartTimeoutMillis + driverReadyTimeoutMillis (" + start + " + " + ready + " ms) after the "
              + "driver was requested";
      FieldPath at = CONTAINERS.index(i);
      Duration earliest = earliest(container);
      Duration worst = worst(container);
      if (earliest.toMillis() > budget) {
        findings.error(at, UNREACHABLE, "container '" + container.getName() + "' cannot be ready before "
            + earliest.toSeconds() + " s (" + describe(container) + "), but " + what + ": the application always "
            + "fails; shorten the probes' initial delays or raise the timeout");
      } else if (worst.toMillis() > budget) {
        findings.warning(at, OVER_BUDGET, "container '" + container.getName() + "' may take up to "
            + worst.toSeconds() + " s to be ready (" + describe(container) + "), but " + what + ", so the operator "
            + "gives up before the probes do: raise the timeout in spec.applicationTolerations.applicationTimeoutConfig"
            + " or lower the startup probe's failureThreshold or periodSeconds");
      }
    }
  }

  /**
   * Spark's {@code KubernetesUtils.selectSparkContainer}: the container named by sparkConf, else the first.
   */
  static int sparkContainer(List<Container> containers, Map<String, String> sparkConf) {
    String name = sparkConf == null ? null : sparkConf.get("spark.kubernetes.driver.podTemplateContainerName");
    for (int i = 0; name != null && i < containers.size(); i++) {
      if (name.equals(containers.get(i).getName())) {
        return i;
      }
    }
    return 0;
  }

  static Duration earliest(Container container) {
    Duration startup = container.getStartupProbe() == null ? Duration.ZERO
        : ProbeTiming.of(ProbeKind.STARTUP, container.getStartupProbe()).timeToFirstSuccess();
    return startup.plus(readiness(container));
  }

  static Duration worst(Container container) {
    Duration startup = container.getStartupProbe() == null ? Duration.ZERO
        : ProbeTiming.of(ProbeKind.STARTUP, container.getStartupProbe()).startupBudget();
    return startup.plus(readiness(container));
  }

  private static Duration readiness(Container container) {
    return container.getReadinessProbe() == null ? Duration.ZERO
        : ProbeTiming.of(ProbeKind.READINESS, container.getReadinessProbe()).timeToFirstSuccess();
  }

  private static String describe(Container container) {
    StringBuilder out = new StringBuilder();
    if (container.getStartupProbe() != null) {
      ProbeTiming t = ProbeTiming.of(ProbeKind.STARTUP, container.getStartupProbe());
      out.append("startup probe: initialDelaySeconds ").append(t.initialDelay().toSeconds()).append(" + failureThreshold ")
          .append(t.failureThreshold()).append(" x periodSeconds ").append(t.period().toSeconds());
    }
    if (container.getReadinessProbe() != null) {
      ProbeTiming t = ProbeTiming.of(ProbeKind.READINESS, container.getReadinessProbe());
      out.append(out.length() == 0 ? "" : "; ").append("readiness probe: first success after ")
          .append(t.timeToFirstSuccess().toSeconds()).append(" s");
    }
    return out.toString();
  }
}
