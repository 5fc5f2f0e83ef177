package dev.sparkapp.core.validate;

import dev.sparkapp.core.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every violation found in one validation run, never only the first. For a multi-document manifest it
 * also counts the documents that were skipped because they are not spark-operator resources.
 */
public final class ValidationResult {
  private final List<Violation> violations;
  private final int skippedDocuments;

  private ValidationResult(List<Violation> violations, int skippedDocuments) {
    this.violations = List.copyOf(violations);
    if (skippedDocuments < 0) {
      throw new InvalidArgumentException("skippedDocuments must be >= 0, got " + skippedDocuments);
    }
    this.skippedDocuments = skippedDocuments;
  }

  /** Returns a result holding {@code violations}, in that order. */
  public static ValidationResult of(List<Violation> violations) {
    return new ValidationResult(violations, 0);
  }

  /**
   * Returns a result holding {@code violations} for a manifest in which {@code skippedDocuments} documents
   * were not spark-operator resources and were not checked.
   */
  public static ValidationResult of(List<Violation> violations, int skippedDocuments) {
    return new ValidationResult(violations, skippedDocuments);
  }

  /**
   * Returns one result for several checked documents or files: their violations in the order of
   * {@code results}, and the sum of their skipped documents.
   */
  public static ValidationResult merge(List<ValidationResult> results) {
    List<Violation> violations = new ArrayList<>();
    int skipped = 0;
    for (ValidationResult result : results) {
      violations.addAll(result.violations);
      skipped += result.skippedDocuments;
    }
    return new ValidationResult(violations, skipped);
  }

  /** Every violation, in the order the checks found them. */
  public List<Violation> violations() {
    return violations;
  }

  /** The violations of severity {@link Severity#ERROR}. */
  public List<Violation> errors() {
    return violations.stream().filter(Violation::isError).toList();
  }

  /** The violations of severity {@link Severity#WARNING}. */
  public List<Violation> warnings() {
    return violations.stream().filter(v -> !v.isError()).toList();
  }

  /** Returns {@code true} when at least one violation is an error. */
  public boolean hasErrors() {
    return violations.stream().anyMatch(Violation::isError);
  }

  /** The number of documents that were not spark-operator resources and were skipped. */
  public int skippedDocuments() {
    return skippedDocuments;
  }

  /**
   * Returns this result when it has no errors.
   *
   * @throws ValidationException listing every violation, when at least one is an error
   */
  public ValidationResult throwIfErrors() {
    if (hasErrors()) {
      throw new ValidationException(this);
    }
    return this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationResult other
        && violations.equals(other.violations)
        && skippedDocuments == other.skippedDocuments;
  }

  @Override
  public int hashCode() {
    return Objects.hash(violations, skippedDocuments);
  }

  /** Returns the summary, for example {@code 2 errors, 1 warning, 1 document skipped}. */
  @Override
  public String toString() {
    return count(errors().size(), "error") + ", " + count(warnings().size(), "warning")
        + ", " + count(skippedDocuments, "document") + " skipped";
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
