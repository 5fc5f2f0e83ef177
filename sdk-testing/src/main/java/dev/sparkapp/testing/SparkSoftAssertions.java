package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import io.fabric8.kubernetes.api.model.Probe;
import dev.sparkapp.yaml.Manifest;
import dev.sparkapp.yaml.SparkYaml;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
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
   * Starts soft assertions on a {@link SparkConnect}.
   *
   * @param actual the SparkConnect under test
   * @return the assertion, collecting its failures
   */
  public SparkConnectAssert assertThat(SparkConnect actual) {
    return proxy(SparkConnectAssert.class, SparkConnect.class, actual);
  }

  /**
   * Starts soft assertions on a SparkApplication of the Apache Spark Kubernetes operator.
   *
   * @param actual the application under test
   * @return the assertion, collecting its failures
   */
  public ApacheSparkApplicationAssert assertThat(ApacheSparkApplication actual) {
    return proxy(ApacheSparkApplicationAssert.class, ApacheSparkApplication.class, actual);
  }

  /**
   * Starts soft assertions on a SparkCluster of the Apache Spark Kubernetes operator.
   *
   * @param actual the cluster under test
   * @return the assertion, collecting its failures
   */
  public ApacheSparkClusterAssert assertThat(ApacheSparkCluster actual) {
    return proxy(ApacheSparkClusterAssert.class, ApacheSparkCluster.class, actual);
  }

  /**
   * Starts soft assertions on a manifest text; a manifest that cannot be read is one collected failure,
   * naming the line and column, and every check on it fails too.
   *
   * @param yaml the manifest text, one or more YAML documents
   * @return the assertion, collecting its failures
   */
  public ManifestAssert assertThatYaml(String yaml) {
    return manifest(() -> SparkYaml.strict().read(yaml));
  }

  /**
   * Starts soft assertions on a manifest file; see {@link #assertThatYaml(String)}.
   *
   * @param file the manifest file
   * @return the assertion, collecting its failures
   */
  public ManifestAssert assertThatYaml(Path file) {
    return manifest(() -> SparkYaml.strict().read(file));
  }

  private ManifestAssert manifest(Supplier<Manifest> reading) {
    List<Object> resources = null;
    try {
      resources = ManifestAssert.read(reading);
    } catch (AssertionError unreadable) {
      collectAssertionError(unreadable);
    }
    ManifestAssert manifest = proxy(ManifestAssert.class, List.class, resources);
    return resources == null ? manifest.locate(FieldPath.root(), "the manifest could not be read") : manifest;
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
