package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sparkapp.core.validate.ValidationException;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.core.validate.Violation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparkAppExceptionTest {
  @Test
  void keepsTheMessage() {
    SparkAppException e = new SparkAppException("spec.driver.memory: '1x' is not a quantity; use e.g. 512m");

    assertThat(e).hasMessage("spec.driver.memory: '1x' is not a quantity; use e.g. 512m").hasNoCause();
  }

  @Test
  void keepsTheMessageAndTheCause() {
    IOException cause = new IOException("disk full");

    SparkAppException e = new SparkAppException("could not write app.yaml", cause);

    assertThat(e).hasMessage("could not write app.yaml").hasCause(cause);
    assertThat(e.getCause()).isSameAs(cause);
  }

  @Test
  void isUncheckedSoCallersNeedNotDeclareIt() {
    assertThat(new SparkAppException("x")).isInstanceOf(RuntimeException.class);
  }

  @Test
  void isTheTypeOfWhatTheValidatorThrows() {
    ValidationResult result = ValidationResult.of(List.of(Violation.error(FieldPath.of("spec"), "r", "broken")));

    Throwable thrown = catchThrowable(result::throwIfErrors);

    assertThat(thrown).isInstanceOf(ValidationException.class).isInstanceOf(SparkAppException.class);
  }
}
