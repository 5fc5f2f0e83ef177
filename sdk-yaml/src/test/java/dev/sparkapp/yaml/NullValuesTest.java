package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.core.validate.Violation;
import java.nio.file.Files;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A YAML null ({@code cores:} with nothing after it) of a CRD field that is not {@code nullable} is read as
 * absent, as the API server prunes it (apiextensions-apiserver {@code PruneNonNullableNullsWithoutDefaults});
 * a {@code nullable: true} field keeps its null.
 */
class NullValuesTest {
  private static final String HEADER = "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\n"
      + "metadata:\n  name: pi\n";
  private static final String REQUIRED = "  type: Scala\n  mode: cluster\n  sparkVersion: 4.0.1\n"
      + "  mainApplicationFile: local:///app.jar\n";

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void readsAnIntegerWithNothingAfterItsColonAsAbsent(boolean strict) {
    SparkYaml yaml = strict ? SparkYaml.strict() : SparkYaml.lenient();
    SparkApplication app = yaml.readApplication(HEADER + "spec:\n" + REQUIRED + "  driver:\n    cores:\n    memory: 1g\n");

    assertThat(app.spec().driver().orElseThrow().cores()).isEmpty();
    assertThat(app.spec().driver().orElseThrow().memory()).contains("1g");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void readsAListFollowedByABlankLineAsAbsentAndFormatsWithoutIt(boolean strict) {
    SparkYaml yaml = strict ? SparkYaml.strict() : SparkYaml.lenient();
    String text = HEADER + "spec:\n" + REQUIRED + "  volumes:\n\n  image: spark:4\n";

    Manifest manifest = yaml.read(text, "app.yaml");

    String written = yaml.toYaml(manifest.resources());
    assertThat(written).doesNotContain("volumes").contains("image: spark:4");
    assertThat(yaml.toYaml(yaml.read(written).resources())).isEqualTo(written);
  }

  @Test
  void validatesANullAsAbsentWithAWarningThatItHasNoEffectAndNeverCallsItAString() {
    Manifest manifest = SparkYaml.strict().read(HEADER + "spec:\n" + REQUIRED + "  driver:\n    cores:\n", "app.yaml");

    ValidationResult result = ManifestValidator.defaults().validate(manifest);

    assertThat(result.errors()).extracting(Violation::path).doesNotContain(FieldPath.of("spec", "driver", "cores"));
    assertThat(result.warnings()).filteredOn(w -> w.ruleId().equals(ManifestValidator.NULL_RULE))
        .singleElement().satisfies(warning -> {
      assertThat(warning.path()).isEqualTo(FieldPath.of("spec", "driver", "cores"));
      assertThat(warning.position()).map(Object::toString).contains("app.yaml:11:5");
      assertThat(warning.message()).contains("null").doesNotContain("string");
    });
  }

  @Test
  void readsNullSparkConfValuesAsAbsentAsTheApiServerPrunesThem() {
    SparkApplication app = SparkYaml.strict().readApplication(HEADER + "spec:\n" + REQUIRED
        + "  sparkConf:\n    spark.a:\n    spark.b: x\n");

    assertThat(app.spec().sparkConf()).containsExactly(java.util.Map.entry("spark.b", "x"));
  }

  @Test
  void keepsTheNullOfANullableStatusFieldForTheSchema() {
    Manifest manifest = SparkYaml.strict().read(HEADER + "spec:\n" + REQUIRED
        + "status:\n  driverInfo: {}\n  terminationTime: null\n", "app.yaml");

    assertThat(manifest.documents().get(0).tree().path("status").has("terminationTime")).isTrue();
    assertThat(ManifestValidator.defaults().validate(manifest).violations()).extracting(Violation::path)
        .doesNotContain(FieldPath.of("status", "terminationTime"));
  }

  @Test
  void aNullWhereAValueIsRequiredIsReportedAsMissingNotAsAString() {
    ValidationResult result = ManifestValidator.defaults().validate(
        SparkYaml.strict().read(HEADER + "spec:\n  type: Scala\n  mode: cluster\n  sparkVersion:\n", "app.yaml"));

    assertThat(result.errors()).extracting(Violation::message).noneMatch(m -> m.contains("string ''"));
    assertThat(result.errors()).extracting(Violation::path).contains(FieldPath.of("spec", "sparkVersion"));
  }

  @Test
  void readsTheRealWorldManifestWhoseSparkConfValuesAreCommentsOnly() throws Exception {
    String file = "HPEEzmeral__spark-on-k8s/examples__spark-3.2.0__crs__deltalake__spark-delta-s3-py.yaml";
    Manifest manifest = SparkYaml.strict().read(Files.readString(TestData.realWorld().resolve(file)), file);

    SparkApplication app = manifest.resourcesOf(SparkApplication.class).get(0);
    assertThat(app.spec().sparkConf()).doesNotContainKey("spark.hadoop.fs.s3a.endpoint")
        .containsEntry("spark.hadoop.fs.s3a.impl", "org.apache.hadoop.fs.s3a.S3AFileSystem");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void refusesANullListElementWithItsPositionNamingItNull(boolean strict) {
    SparkYaml yaml = strict ? SparkYaml.strict() : SparkYaml.lenient();
    String text = HEADER + "spec:\n" + REQUIRED + "  driver:\n    template:\n      spec:\n        containers:\n"
        + "        -\n        - name: a\n        -\n";

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> yaml.read(text, "app.yaml"))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("app.yaml:14:10: spec.driver.template.spec.containers[0]: a list element is null ('-' with"
            + " nothing after it, or '~'); give it a value or remove the '-'\n"
            + "app.yaml:16:10: spec.driver.template.spec.containers[2]: a list element is null ('-' with"
            + " nothing after it, or '~'); give it a value or remove the '-'");
  }
}
