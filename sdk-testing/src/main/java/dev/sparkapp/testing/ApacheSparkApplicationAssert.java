package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.apache.ApacheRestartPolicy;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApplicationTimeoutConfig;
import dev.sparkapp.core.apache.ApplicationTolerations;
import dev.sparkapp.core.apache.RestartConfig;
import dev.sparkapp.core.validate.Violation;
import dev.sparkapp.yaml.ManifestValidator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assertions on a SparkApplication of the Apache Spark Kubernetes operator ({@code spark.apache.org}); start
 * with {@code SparkAssertions.assertThat(app)}.
 *
 * <pre>{@code
 * assertThat(apachePi).hasMainClass("org.apache.spark.examples.SparkPi").hasSparkVersion("4.0.1")
 *     .hasDriverReadyTimeoutMillis(120_000).hasDriverProbesWithinTimeouts()
 *     .driver().hasProbe(ProbeKind.STARTUP, Probes.sparkUi());
 * }</pre>
 */
public class ApacheSparkApplicationAssert
    extends AbstractApacheResourceAssert<ApacheSparkApplicationAssert, ApacheSparkApplication> {

  /** The validation rules on the driver's probes against the operator's timeouts (ApacheDriverBudgetRules). */
  private static final Set<String> BUDGET_RULES = Set.of("apache-probe-over-budget", "apache-driver-never-ready");

  /**
   * Creates an assertion on {@code actual}; prefer {@code SparkAssertions.assertThat(app)}.
   *
   * @param actual the application under test
   */
  public ApacheSparkApplicationAssert(ApacheSparkApplication actual) {
    super(actual, ApacheSparkApplicationAssert.class, ApacheSparkApplication.class, app -> app.spec().runtimeVersions());
  }

  /**
   * Checks {@code spec.mainClass}.
   *
   * @return this assertion
   */
  public ApacheSparkApplicationAssert hasMainClass(String mainClass) {
    return hasFieldValue(spec().field("mainClass"), app -> app.spec().mainClass(), mainClass);
  }

  /**
   * Checks {@code spec.jars} as written (a comma-separated list).
   *
   * @return this assertion
   */
  public ApacheSparkApplicationAssert hasJars(String jars) {
    return hasFieldValue(spec().field("jars"), app -> app.spec().jars(), jars);
  }

  /**
   * Checks {@code spec.pyFiles} as written (a comma-separated list).
   *
   * @return this assertion
   */
  public ApacheSparkApplicationAssert hasPyFiles(String pyFiles) {
    return hasFieldValue(spec().field("pyFiles"), app -> app.spec().pyFiles(), pyFiles);
  }

  /**
   * Checks {@code spec.applicationTolerations.restartConfig.restartPolicy} as written; a policy that is not
   * set fails, although the operator then takes {@code Never}.
   *
   * @return this assertion
   */
  public ApacheSparkApplicationAssert hasRestartPolicy(ApacheRestartPolicy policy) {
    return hasFieldValue(tolerations().field("restartConfig").field("restartPolicy"),
        app -> restartConfig(app).flatMap(RestartConfig::restartPolicy), policy);
  }

  /**
   * Checks the time the operator gives the driver's Spark container to be ready after the driver was
   * requested, else {@code DriverStartTimedOut}: {@code
   * spec.applicationTolerations.applicationTimeoutConfig.driverStartTimeoutMillis}, or the operator's default
   * ({@value ApplicationTimeoutConfig#DEFAULT_DRIVER_START_TIMEOUT_MILLIS}) when not set.
   *
   * @return this assertion
   */
  public ApacheSparkApplicationAssert hasDriverStartTimeoutMillis(long millis) {
    return hasTimeout("driverStartTimeoutMillis", ApplicationTimeoutConfig::driverStartTimeoutMillis,
        ApplicationTimeoutConfig.DEFAULT_DRIVER_START_TIMEOUT_MILLIS, millis);
  }

  /**
   * Checks the time the operator gives the driver pod to be Ready after it started, else {@code
   * DriverReadyTimedOut}: {@code spec.applicationTolerations.applicationTimeoutConfig.driverReadyTimeoutMillis},
   * or the operator's default ({@value ApplicationTimeoutConfig#DEFAULT_DRIVER_READY_TIMEOUT_MILLIS}) when not
   * set.
   *
   * @return this assertion
   */
  public ApacheSparkApplicationAssert hasDriverReadyTimeoutMillis(long millis) {
    return hasTimeout("driverReadyTimeoutMillis", ApplicationTimeoutConfig::driverReadyTimeoutMillis,
        ApplicationTimeoutConfig.DEFAULT_DRIVER_READY_TIMEOUT_MILLIS, millis);
  }

  /**
   * Checks that the driver's startup and readiness probes let it be ready before the operator gives up: in
   * the worst case (a startup probe's {@code initialDelaySeconds + failureThreshold x periodSeconds}, then the
   * readiness probe's first success), Spark's container is ready within {@code driverStartTimeoutMillis} and
   * every other container within {@code driverStartTimeoutMillis + driverReadyTimeoutMillis}. The operator
   * fails the application with {@code DriverStartTimedOut} or {@code DriverReadyTimedOut} otherwise. These are
   * the validation rules {@code apache-probe-over-budget} (a warning there) and {@code
   * apache-driver-never-ready}; the failure lists what they found, each with its container.
   *
   * @return this assertion
   */
  public ApacheSparkApplicationAssert hasDriverProbesWithinTimeouts() {
    isNotNull();
    List<Violation> found = ManifestValidator.defaults().validate(actual).violations().stream()
        .filter(v -> BUDGET_RULES.contains(v.ruleId())).toList();
    if (!found.isEmpty()) {
      String listed = found.stream().map(ManifestValidator::describe)
          .collect(Collectors.joining(System.lineSeparator() + "  "));
      throw failure("%nExpecting the driver's probes to let it be ready within the operator's timeouts "
          + "(driverStartTimeoutMillis %s, driverReadyTimeoutMillis %s)%nbut:%n  %s",
          effective(actual, ApplicationTimeoutConfig::driverStartTimeoutMillis,
              ApplicationTimeoutConfig.DEFAULT_DRIVER_START_TIMEOUT_MILLIS),
          actual.spec().driverReadyTimeoutMillis(), listed);
    }
    return myself;
  }

  /** Navigates to the driver's pod template, {@code spec.driverSpec.podTemplateSpec}: {@code pod(SparkPod.DRIVER)}. */
  public PodTemplateAssert driver() {
    return pod(SparkPod.DRIVER);
  }

  /** Navigates to the executors' pod template, {@code spec.executorSpec.podTemplateSpec}: {@code pod(SparkPod.EXECUTOR)}. */
  public PodTemplateAssert executor() {
    return pod(SparkPod.EXECUTOR);
  }

  private ApacheSparkApplicationAssert hasTimeout(String field,
      Function<ApplicationTimeoutConfig, Optional<Long>> read, long operatorDefault, long expected) {
    FieldPath at = tolerations().field("applicationTimeoutConfig").field(field);
    ApacheSparkApplication app = present(at, "to be", expected);
    Optional<Long> written = timeouts(app).flatMap(read);
    long value = written.orElse(operatorDefault);
    if (value != expected) {
      Object found = written.isPresent() ? (Object) value : new Plain(value + " (not set: the operator's default)");
      throw fieldFailure(at, "to be", expected, found);
    }
    return myself;
  }

  private static long effective(ApacheSparkApplication app, Function<ApplicationTimeoutConfig, Optional<Long>> read,
      long operatorDefault) {
    return timeouts(app).flatMap(read).orElse(operatorDefault);
  }

  private static Optional<ApplicationTimeoutConfig> timeouts(ApacheSparkApplication app) {
    return app.spec().applicationTolerations().flatMap(ApplicationTolerations::applicationTimeoutConfig);
  }

  private static Optional<RestartConfig> restartConfig(ApacheSparkApplication app) {
    return app.spec().applicationTolerations().flatMap(ApplicationTolerations::restartConfig);
  }

  private FieldPath spec() {
    return path().field("spec");
  }

  private FieldPath tolerations() {
    return spec().field("applicationTolerations");
  }
}
