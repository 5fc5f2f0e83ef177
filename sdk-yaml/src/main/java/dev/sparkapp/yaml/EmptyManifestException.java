package dev.sparkapp.yaml;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;

/**
 * The input holds no document at all (an empty file, or only comments and {@code ---} separators).
 */
public final class EmptyManifestException extends ManifestException {
  private static final long serialVersionUID = 1L;

  EmptyManifestException(SourcePosition position, FieldPath path, String reason) {
    super(position, path, reason);
  }
}
