package dev.sparkapp.core.validate;

/** How bad a {@link Violation} is. */
public enum Severity {
  /** The operator, the API server or Spark will reject or break the application. */
  ERROR("error"),
  /** Probably a mistake, but the application can still run. {@code --strict} treats it as an error. */
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** Returns {@code error} or {@code warning}, the spelling used in reports. */
  @Override
  public String toString() {
    return label;
  }
}
