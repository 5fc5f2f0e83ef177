package dev.sparkapp.yaml;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;

/**
 * A field that the resource's schema does not have, usually a typo ({@code memroy}) or a field at the wrong level (a {@code readinessProbe} under {@code spec}). Strict reading refuses it rather than drop it silently; the message suggests the closest known field. Read with {@link SparkYaml#lenient()} to keep unknown fields instead.
 */
public final class UnknownFieldException extends ManifestException {
  private static final long serialVersionUID = 1L;

  UnknownFieldException(SourcePosition position, FieldPath path, String reason) {
    super(position, path, reason);
  }
}
