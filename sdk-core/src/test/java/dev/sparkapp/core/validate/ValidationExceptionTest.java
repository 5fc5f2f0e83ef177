package dev.sparkapp.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sparkapp.core.FieldPath;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {
  @Test
  void carriesTheWholeResult() {
    ValidationResult result = ValidationResult.of(List.of(
        Violation.error(FieldPath.of("a"), "r1", "one"), Violation.error(FieldPath.of("b"), "r2", "two")));

    ValidationException thrown = catchThrowableOfType(ValidationException.class, result::throwIfErrors);

    assertThat(thrown.result()).isSameAs(result);
    assertThat(thrown.getMessage()).startsWith("validation failed with 2 errors and 0 warnings");
  }
}
