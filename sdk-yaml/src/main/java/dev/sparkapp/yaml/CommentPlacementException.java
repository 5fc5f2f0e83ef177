package dev.sparkapp.yaml;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;

/**
 * Formatting would lose a comment: the key it belongs to is not in the formatted manifest (a key with no
 * value, which the API server drops; a field the SDK does not keep), or it cannot be written back where it
 * reads the same. The position is the comment's; the file is left unchanged. Move or delete the comment, or
 * give the key a value, and format again.
 */
public final class CommentPlacementException extends ManifestException {
  private static final long serialVersionUID = 1L;

  CommentPlacementException(SourcePosition position, FieldPath path, String reason) {
    super(position, path, reason);
  }
}
