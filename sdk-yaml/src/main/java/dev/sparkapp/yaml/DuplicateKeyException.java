package dev.sparkapp.yaml;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;

/**
 * A mapping repeats a key, as real-world manifests often do in {@code sparkConf}. YAML readers disagree on which value wins, so the SDK refuses the document; the message names the key and the line of the repetition.
 */
public final class DuplicateKeyException extends ManifestException {
  private static final long serialVersionUID = 1L;

  DuplicateKeyException(SourcePosition position, FieldPath path, String reason) {
    super(position, path, reason);
  }
}
