package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every manifest the operator's authors ship reads and writes back with no semantic change. */
class ExampleManifestsTest {
  private static final String NOT_YAML = "spark-pi-prometheus.yaml";
  private static final String POD_SECURITY_CAPABILITIES = "spark-pi-pod-template.yaml";
  private static final String CONNECT = "spark-connect.yaml";

  static Stream<Path> validExamples() throws IOException {
    try (Stream<Path> files = Files.list(TestData.examples())) {
      List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml"))
          .filter(f -> !f.getFileName().toString().equals(NOT_YAML)).sorted().toList();
      assertThat(yaml).hasSizeGreaterThan(10);
      return Stream.concat(yaml.stream(),
          Stream.of(TestData.benchManifest(), TestData.examples().resolve("sparkconnect").resolve(CONNECT)));
    }
  }

  @ParameterizedTest
  @MethodSource("validExamples")
  void roundTripsLeafByLeafWithTypes(Path example) throws IOException {
    String original = Files.readString(example);
    Manifest manifest = SparkYaml.lenient().read(example);
    String written = SparkYaml.lenient().toYaml(manifest.resources());
    TreeComparison.assertSameLeaves(original, written, example.getFileName().toString());
  }

  @ParameterizedTest
  @MethodSource("validExamples")
  void writingIsIdempotent(Path example) {
    String once = SparkYaml.lenient().toYaml(SparkYaml.lenient().read(example).resources());
    String twice = SparkYaml.lenient().toYaml(SparkYaml.lenient().read(once).resources());
    assertThat(twice).isEqualTo(once);
  }

  @ParameterizedTest
  @MethodSource("validExamples")
  void strictReadingAcceptsEveryExampleExceptTheOneWithAFieldKubernetesDrops(Path example) {
    if (example.getFileName().toString().equals(POD_SECURITY_CAPABILITIES)) {
      // The operator's example puts 'capabilities' in the pod-level securityContext, where Kubernetes
      // has no such field and drops it: strict reading reports it instead.
      // Both pods' templates make the mistake: strict reading reports both in one read.
      assertThatThrownBy(() -> SparkYaml.strict().read(example))
          .isInstanceOf(ManifestReadException.class)
          .satisfies(e -> assertThat(((ManifestException) e).errors())
              .allMatch(UnknownFieldException.class::isInstance)
              .extracting(ManifestException::getMessage)
              .anyMatch(m -> m.endsWith("spec.driver.template.spec.securityContext.capabilities: "
                  + "unknown field 'capabilities' in PodSecurityContext")));
    } else if (example.getFileName().toString().equals(CONNECT)) {
      // The SparkConnect example makes the same mistake in the server's pod template (and adds the
      // container-only allowPrivilegeEscalation there); strict reading reports them all in one read.
      assertThatThrownBy(() -> SparkYaml.strict().read(example))
          .isInstanceOf(ManifestReadException.class)
          .satisfies(e -> assertThat(((ManifestException) e).errors())
              .allMatch(UnknownFieldException.class::isInstance)
              .extracting(ManifestException::getMessage)
              .anyMatch(m -> m.endsWith("spec.server.template.spec.securityContext.capabilities: "
                  + "unknown field 'capabilities' in PodSecurityContext"))
              .anyMatch(m -> m.contains("allowPrivilegeEscalation")));
    } else {
      assertThat(SparkYaml.strict().read(example).documents()).isNotEmpty();
    }
  }

  @Test
  void theSparkConnectExampleReadsLenientlyAsATypedSparkConnect() {
    Manifest manifest = SparkYaml.lenient().read(TestData.examples().resolve("sparkconnect").resolve(CONNECT));
    dev.sparkapp.core.SparkConnect connect = manifest.resourcesOf(dev.sparkapp.core.SparkConnect.class).get(0);
    assertThat(connect.spec().sparkVersion()).contains("4.0.4");
    assertThat(connect.spec().executor().flatMap(e -> e.instances())).contains(2);
    assertThat(connect.spec().server().flatMap(s -> s.template()).orElseThrow().getSpec().getContainers().get(0)
        .getName()).isEqualTo("spark-kubernetes-driver");
  }

  @Test
  void theExampleThatIsNotValidYamlFailsWithFileLineAndColumn() {
    Path example = TestData.examples().resolve(NOT_YAML);
    assertThatThrownBy(() -> SparkYaml.strict().read(example))
        .isInstanceOf(YamlSyntaxException.class)
        .hasMessageStartingWith(example + ":25:26: invalid YAML: ");
  }
}
