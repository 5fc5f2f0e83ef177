package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.core.validate.Violation;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestValidatorTest {
  static final String VALID = """
      apiVersion: sparkoperator.k8s.io/v1beta2
      kind: SparkApplication
      metadata:
        name: spark-pi
      spec:
        type: Scala
        mode: cluster
        sparkVersion: 4.0.1
        mainClass: org.apache.spark.examples.SparkPi
        mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar
        driver:
          cores: 1
          memory: 512m
        executor:
          instances: 1
          cores: 1
          memory: 512m
      """;

  static Stream<Path> examples() throws IOException {
    // spark-pi-prometheus.yaml holds {IMAGE_REGISTRY} placeholders and is not YAML until they are filled in.
    return Files.list(TestData.examples())
        .filter(p -> p.toString().endsWith(".yaml") && !p.endsWith("spark-pi-prometheus.yaml"))
        .sorted();
  }

  private static List<String> printed(ValidationResult result) {
    return result.violations().stream().map(Violation::toString).toList();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void operatorExamplesHaveNoErrors(Path example) {
    // Read leniently: spark-pi-pod-template.yaml sets capabilities on a PodSecurityContext, which has none.
    ValidationResult result = ManifestValidator.defaults().validate(SparkYaml.lenient().read(example));

    assertThat(result.errors()).isEmpty();
  }

  @Test
  void validManifestHasNoViolations() {
    assertThat(ManifestValidator.defaults().validate(SparkYaml.strict().read(VALID)).violations()).isEmpty();
  }

  @Test
  void violationsCarryTheLineAndColumnOfTheirField() {
    String text = VALID.replace("memory: 512m\n  executor", "memory: 512Mi\n  executor");

    ValidationResult result = ManifestValidator.defaults().validate(SparkYaml.strict().read(text, "app.yaml"));

    assertThat(printed(result)).containsExactly("app.yaml:13:5: spec.driver.memory: error: '512Mi' is not a memory "
        + "size Spark can parse (unit 'mi' is not one Spark knows (Kubernetes units such as Mi and Gi are not Spark "
        + "units)): use a whole number with an optional unit b, k, m, g, t or p (for example 512m or 2g) "
        + "[spark-memory]");
  }

  @Test
  void schemaViolationsOfAModelObjectAreReportedWithTheirPath() {
    SparkApplication lenient = SparkYaml.lenient().readApplication(VALID.replace("  mode: cluster\n",
        "  mode: cluster\n  restartPolicyy: Never\n"));

    assertThat(printed(ManifestValidator.defaults().validate(lenient))).containsExactly("spec.restartPolicyy: error: "
        + "is not a field of the CRD: remove it or check its spelling and indentation [schema-additionalProperties]");
  }

  @Test
  void schemaViolationsOfTextInputCarryTheirPosition() {
    String text = VALID.replace("    cores: 1\n    memory: 512m\n  executor", "    cores: 1\n    memroy: 1g\n  executor");

    assertThat(printed(ManifestValidator.defaults().validate(SparkYaml.lenient().read(text, "app.yaml"))))
        .containsExactly("app.yaml:13:5: spec.driver.memroy: error: is not a field of the CRD: remove it or check its "
            + "spelling and indentation [schema-additionalProperties]");
  }

  @Test
  void requiredFieldsAreReportedOnceWithTheRuleMessage() {
    String text = VALID.replace("  sparkVersion: 4.0.1\n", "");

    assertThat(printed(ManifestValidator.defaults().validate(SparkYaml.strict().read(text, "app.yaml"))))
        .containsExactly("app.yaml:5:1: spec.sparkVersion: error: sparkVersion is required by the CRD: set it to the "
            + "Spark version of the image, for example 4.0.1 [required-field]");
  }

  @Test
  void otherKindsAreSkippedAndCounted() {
    String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n" + VALID;

    ValidationResult result = ManifestValidator.defaults().validate(SparkYaml.strict().read(text));

    assertThat(result.skippedDocuments()).isEqualTo(1);
    assertThat(result.violations()).isEmpty();
    assertThat(ManifestValidator.defaults().validate(new ConfigMapBuilder().build()).skippedDocuments()).isEqualTo(1);
  }

  @Test
  void validatingDocumentByDocumentGivesWhatValidatingTheManifestGives() {
    String text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n" + VALID
        + "---\n" + VALID.replace("memory: 512m\n  executor", "memory: 512Mi\n  executor");
    List<ValidationResult> each = new ArrayList<>();

    SparkYaml.strict().forEachDocument(text, "apps.yaml", document -> each.add(ManifestValidator.defaults().validate(document)));

    ValidationResult whole = ManifestValidator.defaults().validate(SparkYaml.strict().read(text, "apps.yaml"));
    assertThat(each).extracting(ValidationResult::skippedDocuments).containsExactly(1, 0, 0);
    assertThat(each).extracting(r -> r.violations().size()).containsExactly(0, 0, 1);
    List<Violation> violations = each.get(2).violations();
    assertThat(violations).isEqualTo(whole.violations());
    assertThat(violations.get(0).position()).contains(SourcePosition.of("apps.yaml", 36, 5));
    assertThat(whole.skippedDocuments()).isEqualTo(1);
  }

  @Test
  void strictAndTargetVersionOptionsReachTheRules() {
    SparkApplication python = SparkApplication.builder().from(SparkYaml.strict().readApplication(VALID))
        .spec(s -> s.from(SparkYaml.strict().readApplication(VALID).spec()).type(SparkApplicationType.PYTHON)
            .mainApplicationFile("local:///app/pi.py"))
        .build();

    assertThat(ManifestValidator.defaults().validate(python).hasErrors()).isFalse();
    assertThat(ManifestValidator.defaults().strict(true).validate(python).errors()).extracting(Violation::ruleId)
        .containsExactly("python-main-class");
    assertThat(ManifestValidator.defaults().targetOperatorVersion("2.0").strict(true)).hasToString(
        "ManifestValidator{operator 2.0.0, strict}");
  }

  private static final String CONNECT = """
      apiVersion: sparkoperator.k8s.io/v1alpha1
      kind: SparkConnect
      metadata:
        name: spark-connect
      spec:
        sparkVersion: 4.0.1
        image: docker.io/apache/spark:4.0.1
        server:
          cores: 1
          memory: 1g
        executor:
          instances: 2
          memory: 512m
      """;

  @Test
  void theOperatorsSparkConnectExampleHasNoErrors() {
    Path example = TestData.examples().resolve("sparkconnect").resolve("spark-connect.yaml");

    assertThat(ManifestValidator.defaults().validate(SparkYaml.lenient().read(example)).errors()).isEmpty();
  }

  @Test
  void sparkConnectIsCheckedAgainstItsOwnCrdWithPositions() {
    String text = CONNECT.replace("  server:\n    cores: 1\n    memory: 1g\n", "")
        .replace("    memory: 512m\n", "    memory: 512m\n    coreLimit: 500m\n");

    assertThat(printed(ManifestValidator.defaults().validate(SparkYaml.lenient().read(text, "connect.yaml"))))
        .containsExactly(
            "connect.yaml:5:1: spec.server: error: is required by the CRD: add it [schema-required]",
            "connect.yaml:11:5: spec.executor.coreLimit: error: is not a field of the CRD: remove it or check its "
                + "spelling and indentation [schema-additionalProperties]");
  }

  @Test
  void sparkConnectRulesRunWithPositions() {
    String text = CONNECT.replace("  image:", "  sparkConf:\n    spark.connect.grpc.binding.port: \"4040\"\n  image:");

    assertThat(printed(ManifestValidator.defaults().validate(SparkYaml.strict().read(text, "connect.yaml"))))
        .containsExactly("connect.yaml:8:5: spec.sparkConf[\"spark.connect.grpc.binding.port\"]: error: "
            + "spark.connect.grpc.binding.port is 4040, the port of spark.ui.port on the Spark Connect server, so one "
            + "of them cannot bind and the server does not start: give spark.connect.grpc.binding.port another port "
            + "(its default is 15002) [connect-port-collision]",
            "connect.yaml:8:5: spec.sparkConf[\"spark.connect.grpc.binding.port\"]: warning: "
            + "spark.connect.grpc.binding.port is 4040, but the operator's Service for the server always sends to "
            + "port 15002, so clients of the Service reach nothing: remove the setting to keep 15002 "
            + "[connect-service-port]");
  }

  @Test
  void aValidSparkConnectHasNoViolations() {
    assertThat(ManifestValidator.defaults().validate(SparkYaml.strict().readConnect(CONNECT)).violations()).isEmpty();
  }
}
