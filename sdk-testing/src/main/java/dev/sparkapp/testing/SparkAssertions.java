package dev.sparkapp.testing;

import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import io.fabric8.kubernetes.api.model.Probe;
import org.assertj.core.api.Assertions;

/**
 * The entry point of the SDK's AssertJ assertions for SparkApplication manifests. It extends AssertJ's
 * {@link Assertions}, so one static import gives both.
 *
 * <pre>{@code
 * import static dev.sparkapp.testing.SparkAssertions.assertThat;
 *
 * SparkApplication app = MyJob.application();
 * assertThat(app)
 *     .hasName("spark-pi")
 *     .hasSparkVersion("4.0.1")
 *     .driver()
 *     .hasCores(1)
 *     .livenessProbe()
 *     .isHttpGet(4040, "/healthz")
 *     .hasPeriodSeconds(10);
 * }</pre>
 *
 * <p>Failures print the manifest path of the field that was checked, AssertJ style:
 *
 * <pre>
 * Expecting spec.driver.template.spec.containers[spark-kubernetes-driver].livenessProbe.httpGet.port to be:
 *   4040
 * but was:
 *   8080
 * </pre>
 *
 * <p>For soft assertions use {@link SparkSoftAssertions}.
 */
public class SparkAssertions extends Assertions {

  /** Not instantiated; subclass to add your own entry points. */
  protected SparkAssertions() {}

  /**
   * Starts assertions on a {@link SparkApplication}.
   *
   * @param actual the application under test
   * @return the assertion
   */
  public static SparkApplicationAssert assertThat(SparkApplication actual) {
    return new SparkApplicationAssert(actual);
  }

  /**
   * Starts assertions on a {@link ScheduledSparkApplication}.
   *
   * @param actual the scheduled application under test
   * @return the assertion
   */
  public static ScheduledSparkApplicationAssert assertThat(ScheduledSparkApplication actual) {
    return new ScheduledSparkApplicationAssert(actual);
  }

  /**
   * Starts assertions on a Kubernetes {@link Probe}; paths in failure messages start at the probe.
   *
   * @param actual the probe under test
   * @return the assertion
   */
  public static ProbeAssert assertThat(Probe actual) {
    return new ProbeAssert(actual);
  }
}
