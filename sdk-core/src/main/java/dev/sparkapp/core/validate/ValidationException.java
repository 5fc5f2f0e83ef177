package dev.sparkapp.core.validate;

import dev.sparkapp.core.SparkAppException;
import java.util.List;

/**
 * Thrown by {@link ValidationResult#throwIfErrors()} when a resource has errors. The message lists every
 * violation, one a line, each with its field path, position (for text input), message and rule id.
 */
public final class ValidationException extends SparkAppException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationResult result;

  ValidationException(ValidationResult result) {
    super(describe(result));
    this.result = result;
  }

  private static String describe(ValidationResult result) {
    StringBuilder text = new StringBuilder("validation failed with ")
        .append(ValidationResult.count(result.errors().size(), "error"))
        .append(" and ")
        .append(ValidationResult.count(result.warnings().size(), "warning"))
        .append("; fix each of them:");
    for (Violation violation : result.violations()) {
      text.append("\n  ").append(violation);
    }
    return text.toString();
  }

  /** Returns every violation found, errors and warnings. */
  public List<Violation> violations() {
    return result.violations();
  }

  /** Returns the whole result the exception was thrown for. */
  public ValidationResult result() {
    return result;
  }
}
