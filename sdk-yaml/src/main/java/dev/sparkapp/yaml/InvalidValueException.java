package dev.sparkapp.yaml;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;

/**
 * A field holds a value of the wrong type ({@code cores: "two"}) or outside its closed set ({@code mode: clustre}); the message says what the field expects.
 */
public final class InvalidValueException extends ManifestException {
  private static final long serialVersionUID = 1L;

  InvalidValueException(SourcePosition position, FieldPath path, String reason) {
    super(position, path, reason);
  }
}
