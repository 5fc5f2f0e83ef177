package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.core.validate.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every field error of a document is reported in one read, each with its typed exception and position. */
class FieldErrorsTest {
  private static final String HEADER = "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\n"
      + "metadata:\n  name: pi\n";

  @Test
  void reportsAnUnknownFieldAndAWrongValueOfOneDocumentTogether() {
    String yaml = HEADER + "spec:\n  coress: 1\n  executor:\n    instances: \"two\"\n";

    assertThatThrownBy(() -> SparkYaml.strict().read(yaml, "app.yaml"))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("app.yaml:6:3: spec.coress: unknown field 'coress' in SparkApplicationSpec\n"
            + "app.yaml:8:16: spec.executor.instances: expected an integer, found the string 'two'")
        .satisfies(e -> {
          ManifestReadException all = (ManifestReadException) e;
          assertThat(all.errors()).hasSize(2);
          assertThat(all.errors().get(0)).isInstanceOf(UnknownFieldException.class);
          assertThat(all.errors().get(0).path()).isEqualTo(FieldPath.of("spec", "coress"));
          assertThat(all.errors().get(1)).isInstanceOf(InvalidValueException.class);
          assertThat(all.errors().get(1).position()).contains(SourcePosition.of("app.yaml", 8, 16));
          assertThat(all.position()).contains(SourcePosition.of("app.yaml", 6, 3));
        });
  }

  @Test
  void lenientReadingReportsEveryWrongValue() {
    String yaml = HEADER + "spec:\n  coress: 1\n  driver:\n    cores: two\n  executor:\n    instances: [1]\n"
        + "  mode: clustre\n";

    assertThatThrownBy(() -> SparkYaml.lenient().read(yaml, "app.yaml"))
        .isInstanceOf(ManifestReadException.class)
        .satisfies(e -> assertThat(((ManifestException) e).errors())
            .extracting(error -> error.position().orElseThrow().toString() + " " + error.path())
            .containsExactly("app.yaml:8:12 spec.driver.cores", "app.yaml:10:16 spec.executor.instances",
                "app.yaml:11:9 spec.mode"));
  }

  @Test
  void aSingleErrorStaysItsOwnTypeAndPointsAtTheWrongValue() {
    assertThatThrownBy(() -> SparkYaml.strict().read(HEADER + "spec:\n  driver:\n    cores:   \"two\"\n"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("<string>:7:14: spec.driver.cores: expected an integer, found the string 'two'")
        .satisfies(e -> assertThat(((ManifestException) e).errors()).containsExactly((ManifestException) e));
  }

  @Test
  void reportsErrorsInListElementsAfterAnEarlierElementWasWrongAtTheirOwnIndex() {
    String yaml = HEADER + "spec:\n  volumes:\n  - nme: a\n  - name: b\n    hostPath: 3\n  - name: c\n    emptyDir: {medum: x}\n";

    assertThatThrownBy(() -> SparkYaml.strict().read(yaml, "app.yaml"))
        .isInstanceOf(ManifestReadException.class)
        .satisfies(e -> assertThat(((ManifestException) e).errors())
            .extracting(error -> error.path().toString())
            .containsExactly("spec.volumes[0].nme", "spec.volumes[1].hostPath", "spec.volumes[2].emptyDir.medum"));
  }

  @Test
  void doesNotReportAConsequenceOfAnErrorItAlreadyReported() {
    // metadata is required: its wrong value must not also be reported as missing
    String yaml = "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\nmetadata: 3\nspec:\n  coress: 1\n";

    assertThatThrownBy(() -> SparkYaml.strict().read(yaml, "app.yaml"))
        .isInstanceOf(ManifestReadException.class)
        .satisfies(e -> assertThat(((ManifestException) e).errors())
            .extracting(error -> error.path().toString())
            .containsExactly("metadata", "spec.coress"));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void validateReportsEachReadErrorOnItsOwnLine(boolean strict) {
    String yaml = HEADER + "spec:\n  driver:\n    cores: x\n  executor:\n    instances: \"two\"\n";
    ManifestValidator validator = ManifestValidator.defaults().strict(strict);

    ValidationResult result = validator.validateStream(
        new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "app.yaml");

    assertThat(result.errors()).extracting(ManifestValidator::describe).containsExactly(
        "app.yaml:7:12: error: spec.driver.cores: expected an integer, found the string 'x' [read]",
        "app.yaml:9:16: error: spec.executor.instances: expected an integer, found the string 'two' [read]");
  }

  /**
   * Fuzz finding applyProbes/crash-adf943a3: fabric8 reads {@code sizeLimit: M   i 1} as a quantity with an
   * empty amount, and its builders threw {@code IllegalArgumentException} when a probe preset copied the pod.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Mi", "M   i 1", "1e3Mi", "''"})
  void aQuantityWithNoNumberIsRefusedWhereItStands(String sizeLimit) {
    String yaml = HEADER + "spec:\n  driver:\n    template:\n      spec:\n        volumes:\n        - name: scratch\n"
        + "          emptyDir:\n            sizeLimit: " + sizeLimit + "\n";

    for (SparkYaml reader : new SparkYaml[] {SparkYaml.strict(), SparkYaml.lenient()}) {
      assertThatThrownBy(() -> reader.read(yaml, "app.yaml"))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("app.yaml:12:24: spec.driver.template.spec.volumes[0].emptyDir.sizeLimit: ")
          .hasMessageContaining("expected a quantity: a number or a string such as 500m, 1.5 or 2Gi");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1Mi", "500m", "1.5", "2", "+1", "1e3", "1M%i"})
  void aQuantityThatStartsWithANumberReadsAsWritten(String sizeLimit) {
    String yaml = HEADER + "spec:\n  driver:\n    template:\n      spec:\n        volumes:\n        - name: scratch\n"
        + "          emptyDir:\n            sizeLimit: \"" + sizeLimit + "\"\n";

    String written = SparkYaml.lenient().toYaml(SparkYaml.lenient().read(yaml, "app.yaml").resources());

    assertThat(written).containsPattern("sizeLimit: \"?" + java.util.regex.Pattern.quote(sizeLimit) + "\"?\n");
    assertThat(written).isEqualTo(SparkYaml.lenient().toYaml(SparkYaml.lenient().read(written, "written.yaml").resources()));
  }
}
