package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.core.validate.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code sparkapp validate} and the Maven plugin's validate goal share: files in, lines out. */
class ManifestValidatorFileTest {
  private static final String VALID = ManifestValidatorTest.VALID;

  @Test
  void describeIsPositionSeverityPathMessageAndRule() {
    Violation violation = Violation.error(FieldPath.of("spec", "driver", "cores"), "spark-cores", "too few")
        .at(SourcePosition.of("app.yaml", 12, 5));

    assertThat(ManifestValidator.describe(violation))
        .isEqualTo("app.yaml:12:5: error: spec.driver.cores: too few [spark-cores]");
    assertThat(ManifestValidator.describe(Violation.warning(FieldPath.of("spec"), "r", "m")))
        .isEqualTo("warning: spec: m [r]");
  }

  @Test
  void aValidFileHasNoViolations(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("app.yaml"), VALID);

    assertThat(ManifestValidator.defaults().validateFile(file).violations()).isEmpty();
  }

  @Test
  void violationsNameTheFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("app.yaml"), VALID.replaceFirst("cores: 1", "cores: 0"));

    ValidationResult result = ManifestValidator.defaults().validateFile(file);

    assertThat(result.errors()).hasSize(1);
    assertThat(ManifestValidator.describe(result.errors().get(0)))
        .startsWith(file + ":12:5: error: spec.driver.cores: ");
  }

  @Test
  void anUnreadableDocumentIsAReadErrorAfterTheDocumentsBeforeIt() {
    String text = VALID.replaceFirst("cores: 1", "cores: 0")
        + "---\n" + VALID.replace("  mode: cluster", "  mode: cluster\n  sparkVerison: 4");

    ValidationResult result = ManifestValidator.defaults()
        .validateStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "apps.yaml");

    assertThat(result.violations()).extracting(ManifestValidator::describe).hasSize(2)
        .satisfies(lines -> assertThat(lines.get(0)).startsWith("apps.yaml:12:5: error: spec.driver.cores: "))
        .satisfies(lines -> assertThat(lines.get(1))
            .startsWith("apps.yaml:26:3: error: spec.sparkVerison: unknown field 'sparkVerison'")
            .endsWith("[" + ManifestValidator.READ_RULE + "]"));
  }

  @Test
  void aMissingFileIsUnreadableNotAViolation(@TempDir Path dir) {
    assertThatThrownBy(() -> ManifestValidator.defaults().validateFile(dir.resolve("nope.yaml")))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageContaining("nope.yaml: no such file");
  }
}
