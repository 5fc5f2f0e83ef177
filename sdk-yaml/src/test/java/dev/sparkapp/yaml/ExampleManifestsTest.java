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

  static Stream<Path> validExamples() throws IOException {
    try (Stream<Path> files = Files.list(TestData.examples())) {
      List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml"))
          .filter(f -> !f.getFileName().toString().equals(NOT_YAML)).sorted().toList();
      assertThat(yaml).hasSizeGreaterThan(10);
      return Stream.concat(yaml.stream(), Stream.of(TestData.benchManifest()));
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
      assertThatThrownBy(() -> SparkYaml.strict().read(example))
          .isInstanceOf(UnknownFieldException.class)
          .hasMessageEndingWith("spec.driver.template.spec.securityContext.capabilities: "
              + "unknown field 'capabilities' in PodSecurityContext");
    } else {
      assertThat(SparkYaml.strict().read(example).documents()).isNotEmpty();
    }
  }

  @Test
  void theExampleThatIsNotValidYamlFailsWithFileLineAndColumn() {
    Path example = TestData.examples().resolve(NOT_YAML);
    assertThatThrownBy(() -> SparkYaml.strict().read(example))
        .isInstanceOf(YamlSyntaxException.class)
        .hasMessageStartingWith(example + ":25:26: invalid YAML: ");
  }
}
