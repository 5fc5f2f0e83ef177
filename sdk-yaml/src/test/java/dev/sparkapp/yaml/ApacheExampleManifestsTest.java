package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.core.apache.ApacheSparkResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every manifest that apache/spark-kubernetes-operator 1.0.0 ships in {@code examples/} reads strictly,
 * passes its version's CRD schema and writes back canonically without losing or changing a leaf.
 */
class ApacheExampleManifestsTest {
  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.walk(TestData.apacheExamples())) {
      List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
          .sorted().toList();
      assertThat(yaml).hasSize(42);
      return yaml.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readsStrictlyAndRoundTripsLeafByLeafWithTypes(Path example) throws IOException {
    Manifest manifest = SparkYaml.strict().read(example);
    String written = SparkYaml.strict().toYaml(manifest.resources());
    TreeComparison.assertSameLeaves(Files.readString(example), written, example.getFileName().toString());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void writingIsIdempotent(Path example) {
    String once = SparkYaml.strict().toYaml(SparkYaml.strict().read(example).resources());
    String twice = SparkYaml.strict().toYaml(SparkYaml.strict().read(once).resources());
    assertThat(twice).isEqualTo(once);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyApacheResourcePassesTheSchemaOfItsVersion(Path example) {
    for (ManifestDocument document : SparkYaml.strict().read(example).documents()) {
      if (document.resource() instanceof ApacheSparkResource) {
        JsonNode tree = document.tree();
        assertThat(CrdSchemas.check(tree)).as(example.getFileName() + " " + tree.path("kind").asText()).isEmpty();
      }
    }
  }

  @Test
  void theExamplesHoldBothKindsOfBothVersions() throws IOException {
    List<Object> resources = examples().flatMap(f -> SparkYaml.strict().read(f).resources().stream()).toList();
    assertThat(resources).filteredOn(ApacheSparkApplication.class::isInstance).hasSize(31);
    assertThat(resources).filteredOn(ApacheSparkCluster.class::isInstance).hasSize(8);
    assertThat(resources).filteredOn(r -> r instanceof ApacheSparkResource a
        && a.apiVersion().equals(ApacheSparkResource.API_VERSION_V1BETA1)).hasSize(1);
  }

  @Test
  void theSparkVersionPlaceholderIsKeptAsWritten() {
    Path pi = TestData.apacheExamples().resolve("pi.yaml");
    ApacheSparkApplication app = SparkYaml.strict().read(pi).resourcesOf(ApacheSparkApplication.class).get(0);
    assertThat(app.spec().sparkConf()).containsEntry("spark.kubernetes.container.image", "apache/spark:{{SPARK_VERSION}}-scala");
    assertThat(SparkYaml.strict().toYaml(app)).contains("spark.kubernetes.container.image: \"apache/spark:{{SPARK_VERSION}}-scala\"");
  }

  @Test
  void theV1beta1ExampleIsWrittenBackAsV1beta1() {
    Path example = TestData.apacheExamples().resolve("pi-v1beta1.yaml");
    ApacheSparkApplication app = SparkYaml.strict().read(example).resourcesOf(ApacheSparkApplication.class).get(0);
    assertThat(app.apiVersion()).isEqualTo("spark.apache.org/v1beta1");
    assertThat(SparkYaml.strict().toYaml(app)).startsWith("apiVersion: spark.apache.org/v1beta1\nkind: SparkApplication\n");
  }

  @Test
  void aV1beta1ResourceIsCheckedAgainstTheV1beta1SchemaWhichLacksTheFieldsV1Added() throws IOException {
    String manifest = "apiVersion: spark.apache.org/v1beta1\nkind: SparkApplication\nmetadata: {name: pi}\n"
        + "spec:\n  runtimeVersions: {sparkVersion: 4.0.1}\n  applicationTolerations: {ttlAfterStopMillis: 1000}\n";
    ManifestDocument v1beta1 = SparkYaml.strict().read(manifest, "pi.yaml").documents().get(0);
    assertThat(CrdSchemas.check(v1beta1.tree())).singleElement().hasToString(
        "spec.applicationTolerations.ttlAfterStopMillis: error: is not a field of the CRD: remove it or check its"
            + " spelling and indentation [schema-additionalProperties]");
    ManifestDocument v1 = SparkYaml.strict().read(manifest.replace("v1beta1", "v1"), "pi.yaml").documents().get(0);
    assertThat(CrdSchemas.check(v1.tree())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theValidatorFindsNoErrorInTheOperatorsOwnExamples(Path example) {
    assertThat(ManifestValidator.defaults().validate(SparkYaml.strict().read(example)).errors())
        .as(example.getFileName().toString()).isEmpty();
  }

  @Test
  void theValidatorRunsTheApacheRulesWithPositions() {
    String manifest = "apiVersion: spark.apache.org/v1\nkind: SparkApplication\nmetadata: {name: pi}\n"
        + "spec:\n  runtimeVersions: {sparkVersion: 4.0.1}\n  jars: local:///app.jar\n";
    assertThat(ManifestValidator.defaults().validate(SparkYaml.strict().read(manifest, "pi.yaml")).violations())
        .extracting(Object::toString).containsExactly("pi.yaml:4:1: spec.mainClass: error: jars is set, so the "
            + "operator runs a Java application, but mainClass is not set and Spark's driver gets no class to run: set"
            + " mainClass [apache-main-class-required]");
  }
}
