package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a resource: the field it is about, how bad it is, the id of the rule that found
 * it and a message that says how to fix it. Messages never contain the values of secrets.
 *
 * <p>Printed as {@code PATH: severity: message [rule-id]}, prefixed with {@code source:line:column: }
 * when the resource was read from text and the reader kept the field's position.
 */
public final class Violation {
  private final FieldPath path;
  private final Severity severity;
  private final String ruleId;
  private final String message;
  private final SourcePosition position;

  private Violation(FieldPath path, Severity severity, String ruleId, String message, SourcePosition position) {
    this.path = Objects.requireNonNull(path, "path");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.message = Objects.requireNonNull(message, "message");
    this.position = position;
  }

  /** Returns a violation of {@code severity} at {@code path}, without a source position. */
  public static Violation of(FieldPath path, Severity severity, String ruleId, String message) {
    return new Violation(path, severity, ruleId, message, null);
  }

  /** Returns an {@link Severity#ERROR error} at {@code path}. */
  public static Violation error(FieldPath path, String ruleId, String message) {
    return of(path, Severity.ERROR, ruleId, message);
  }

  /** Returns a {@link Severity#WARNING warning} at {@code path}. */
  public static Violation warning(FieldPath path, String ruleId, String message) {
    return of(path, Severity.WARNING, ruleId, message);
  }

  /** Returns a copy of this violation that stands at {@code position} in the source text. */
  public Violation at(SourcePosition position) {
    return new Violation(path, severity, ruleId, message, Objects.requireNonNull(position, "position"));
  }

  /** Returns a copy of this violation with another severity. */
  public Violation withSeverity(Severity severity) {
    return new Violation(path, severity, ruleId, message, position);
  }

  /** The field the violation is about. */
  public FieldPath path() {
    return path;
  }

  /** How bad it is. */
  public Severity severity() {
    return severity;
  }

  /** The id of the rule that found it, for example {@code probe-success-threshold} or {@code schema}. */
  public String ruleId() {
    return ruleId;
  }

  /** What is wrong and how to fix it. */
  public String message() {
    return message;
  }

  /** Where the field stands in the source text, when the resource was read from text. */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(position);
  }

  /** Returns {@code true} for an {@link Severity#ERROR error}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation other
        && path.equals(other.path)
        && severity == other.severity
        && ruleId.equals(other.ruleId)
        && message.equals(other.message)
        && Objects.equals(position, other.position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, severity, ruleId, message, position);
  }

  /** Returns {@code [source:line:column: ]PATH: severity: message [rule-id]}. */
  @Override
  public String toString() {
    String where = position == null ? "" : position + ": ";
    return where + path + ": " + severity + ": " + message + " [" + ruleId + "]";
  }
}
