package dev.sparkapp.yaml;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;

/**
 * The text is not YAML (or JSON) the SDK accepts: a syntax error, a tab used for indentation, bytes that are not UTF-8, an alias ({@code *name}) to no anchor, a {@code <<} merge key whose value is not a mapping, input nested too deeply (aliases expanded) or larger than the configured limit.
 */
public final class YamlSyntaxException extends ManifestException {
  private static final long serialVersionUID = 1L;

  YamlSyntaxException(SourcePosition position, FieldPath path, String reason) {
    super(position, path, reason);
  }
}
