package dev.sparkapp.yaml;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;

/**
 * The YAML's aliases ({@code *name}) and {@code <<} merge keys would expand a document far beyond what is
 * written in it, as an alias bomb ("billion laughs") does. The position is the alias that crossed the
 * limit; the message gives the limit and how to stay under it.
 */
public final class AliasExpansionException extends ManifestException {
  private static final long serialVersionUID = 1L;

  AliasExpansionException(SourcePosition position, FieldPath path, String reason) {
    super(position, path, reason);
  }
}
