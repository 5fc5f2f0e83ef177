package dev.sparkapp.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkAppException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {
  private final Violation error = Violation.error(FieldPath.of("spec", "type"), "required-field", "type is required");
  private final Violation warning = Violation.warning(FieldPath.of("spec", "mainClass"), "python-main-class", "ignored");

  @Test
  void splitsErrorsAndWarnings() {
    ValidationResult result = ValidationResult.of(List.of(warning, error), 2);

    assertThat(result.errors()).containsExactly(error);
    assertThat(result.warnings()).containsExactly(warning);
    assertThat(result.violations()).containsExactly(warning, error);
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.skippedDocuments()).isEqualTo(2);
    assertThat(result).hasToString("1 error, 1 warning, 2 documents skipped");
  }

  @Test
  void mergeKeepsTheViolationsInOrderAndAddsTheSkippedDocuments() {
    ValidationResult merged = ValidationResult.merge(List.of(
        ValidationResult.of(List.of(warning), 1), ValidationResult.of(List.of(), 2), ValidationResult.of(List.of(error))));

    assertThat(merged.violations()).containsExactly(warning, error);
    assertThat(merged.skippedDocuments()).isEqualTo(3);
    assertThat(ValidationResult.merge(List.of())).hasToString("0 errors, 0 warnings, 0 documents skipped");
  }

  @Test
  void throwIfErrorsReturnsTheResultWhenOnlyWarnings() {
    ValidationResult result = ValidationResult.of(List.of(warning));

    assertThat(result.throwIfErrors()).isSameAs(result);
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void throwIfErrorsListsEveryViolation() {
    ValidationResult result = ValidationResult.of(List.of(error, warning));

    assertThatThrownBy(result::throwIfErrors)
        .isInstanceOf(ValidationException.class)
        .isInstanceOf(SparkAppException.class)
        .hasMessage("validation failed with 1 error and 1 warning; fix each of them:\n"
            + "  spec.type: error: type is required [required-field]\n"
            + "  spec.mainClass: warning: ignored [python-main-class]")
        .satisfies(e -> assertThat(((ValidationException) e).violations()).containsExactly(error, warning));
  }
}
