package dev.sparkapp.yaml;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;

/**
 * A field that must be present is absent: {@code apiVersion} or {@code kind} of a document, or a required field of a nested object (for example the {@code path} of a {@code configMaps[]} entry).
 */
public final class MissingFieldException extends ManifestException {
  private static final long serialVersionUID = 1L;

  MissingFieldException(SourcePosition position, FieldPath path, String reason) {
    super(position, path, reason);
  }
}
