package dev.sparkapp.testing;

import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import io.fabric8.kubernetes.api.model.Probe;
import dev.sparkapp.yaml.SparkYaml;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * The entry point of the SDK's AssertJ assertions for SparkApplication, ScheduledSparkApplication and
 * SparkConnect manifests, and for the Apache Spark Kubernetes operator's SparkApplication and SparkCluster. It extends AssertJ's
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
   * Starts assertions on a {@link SparkConnect}.
   *
   * @param actual the SparkConnect under test
   * @return the assertion
   */
  public static SparkConnectAssert assertThat(SparkConnect actual) {
    return new SparkConnectAssert(actual);
  }

  /**
   * Starts assertions on a SparkApplication of the Apache Spark Kubernetes operator.
   *
   * @param actual the application under test
   * @return the assertion
   */
  public static ApacheSparkApplicationAssert assertThat(ApacheSparkApplication actual) {
    return new ApacheSparkApplicationAssert(actual);
  }

  /**
   * Starts assertions on a SparkCluster of the Apache Spark Kubernetes operator.
   *
   * @param actual the cluster under test
   * @return the assertion
   */
  public static ApacheSparkClusterAssert assertThat(ApacheSparkCluster actual) {
    return new ApacheSparkClusterAssert(actual);
  }

  /**
   * Starts assertions on a manifest written by another tool (Helm, kustomize, a template), read with
   * {@code SparkYaml.strict()}. If it cannot be read, this fails with the file, line and column of the
   * problem.
   *
   * @param yaml the manifest text, one or more YAML documents
   * @return the assertion
   */
  public static ManifestAssert assertThatYaml(String yaml) {
    return new ManifestAssert(ManifestAssert.read(() -> SparkYaml.strict().read(yaml)));
  }

  /**
   * Starts assertions on a manifest file written by another tool; see {@link #assertThatYaml(String)}.
   *
   * @param file the manifest file
   * @return the assertion
   */
  public static ManifestAssert assertThatYaml(Path file) {
    return new ManifestAssert(ManifestAssert.read(() -> SparkYaml.strict().read(file)));
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

  /**
   * Makes one JUnit 5 dynamic test per item that renders the item's resources and compares them with
   * the snapshot {@code directory/NAME.yaml}, as {@link ManifestAssert#matchesSnapshot(Path)} does. For
   * the common "render all my apps and snapshot each":
   *
   * <pre>{@code
   * @TestFactory
   * Stream<DynamicTest> everySampleMatchesItsSnapshot() {
   *   return SparkAssertions.snapshotTests(Path.of("src/test/resources/snapshots"),
   *       SampleCatalog.all(), Sample::name, Sample::resources);
   * }
   * }</pre>
   *
   * @param directory where the snapshots are, one file per item
   * @param items what to render, for example every application of a service
   * @param name the name of an item's test and snapshot file (without {@code .yaml})
   * @param resources an item's resource, or its {@code List} of resources (one YAML document each)
   * @param <T> the type of the items
   * @return the tests, in the order of {@code items}
   */
  public static <T> Stream<DynamicTest> snapshotTests(Path directory, Collection<? extends T> items,
      Function<? super T, String> name, Function<? super T, ?> resources) {
    return items.stream().map(item -> {
      String testName = name.apply(item);
      Object rendered = resources.apply(item);
      List<?> documents = rendered instanceof List<?> list ? list : List.of(rendered);
      return DynamicTest.dynamicTest(testName,
          () -> new ManifestAssert(documents).matchesSnapshot(directory.resolve(testName + ".yaml")));
    });
  }
}
