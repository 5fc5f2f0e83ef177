package dev.sparkapp.testing;

import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import io.fabric8.kubernetes.api.model.Probe;
import org.assertj.core.api.SoftAssertions;

/**
 * Soft assertions: every failure is collected, across navigation, and reported together at the end.
 * Offers the SDK's assertions on top of all of AssertJ's {@link SoftAssertions}.
 *
 * <p>With JUnit 5:
 *
 * <pre>{@code
 * @ExtendWith(SoftAssertionsExtension.class)
 * class MyAppTest {
 *   @InjectSoftAssertions SparkSoftAssertions softly;
 *
 *   @Test
 *   void driverIsProbed() {
 *     softly.assertThat(MyApp.build()).driver().livenessProbe().isHttpGet(4040, "/healthz");
 *     softly.assertThat(MyApp.build()).executor().hasInstances(4);
 *   }
 * }
 * }</pre>
 *
 * <p>Without the extension, call {@link #assertAll()} at the end.
 */
public class SparkSoftAssertions extends SoftAssertions {

  /** Creates an empty collection of soft assertions. */
  public SparkSoftAssertions() {}

  /**
   * Starts soft assertions on a {@link SparkApplication}.
   *
   * @param actual the application under test
   * @return the assertion, collecting its failures
   */
  public SparkApplicationAssert assertThat(SparkApplication actual) {
    return proxy(SparkApplicationAssert.class, SparkApplication.class, actual);
  }

  /**
   * Starts soft assertions on a {@link ScheduledSparkApplication}.
   *
   * @param actual the scheduled application under test
   * @return the assertion, collecting its failures
   */
  public ScheduledSparkApplicationAssert assertThat(ScheduledSparkApplication actual) {
    return proxy(ScheduledSparkApplicationAssert.class, ScheduledSparkApplication.class, actual);
  }

  /**
   * Starts soft assertions on a Kubernetes {@link Probe}.
   *
   * @param actual the probe under test
   * @return the assertion, collecting its failures
   */
  public ProbeAssert assertThat(Probe actual) {
    return proxy(ProbeAssert.class, Probe.class, actual);
  }
}
