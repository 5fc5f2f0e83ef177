package dev.sparkapp.yaml;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.SparkAppException;
import java.util.List;
import java.util.Optional;

/**
 * A manifest could not be read. The message reads {@code source:line:column: path: reason}, the form
 * editors and CI annotations understand; {@link #position()}, {@link #path()} and {@link #reason()}
 * give the parts. Each subclass is one kind of failure; {@link ManifestReadException} carries several of
 * them, every field error of one document, and {@link #errors()} lists them for any manifest exception.
 */
public class ManifestException extends SparkAppException {
  private static final long serialVersionUID = 1L;

  private final transient SourcePosition position;
  private final transient FieldPath path;
  private final String reason;

  ManifestException(SourcePosition position, FieldPath path, String reason) {
    this(position, path, reason, format(position, path, reason));
  }

  /** For an exception whose message is not the one line of {@code position}, {@code path} and {@code reason}. */
  ManifestException(SourcePosition position, FieldPath path, String reason, String message) {
    super(message);
    this.position = position;
    this.path = path == null ? FieldPath.root() : path;
    this.reason = reason;
  }

  private static String format(SourcePosition position, FieldPath path, String reason) {
    StringBuilder out = new StringBuilder();
    if (position != null) {
      out.append(position).append(": ");
    }
    if (path != null && !path.isRoot()) {
      out.append(path).append(": ");
    }
    return out.append(reason).toString();
  }

  /**
   * A library's message (Jackson, SnakeYAML) as one line of at most 300 characters, fit to be the
   * reason of a one-line {@code source:line:column} error.
   */
  static String oneLine(String libraryMessage) {
    String flat = String.valueOf(libraryMessage).replaceAll("\\s+", " ").trim();
    return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
  }

  /** Where in the source the problem is, when the input was text. */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(position);
  }

  /** The field the problem is at; the root path for problems of the text itself. */
  public FieldPath path() {
    return path;
  }

  /** What is wrong and how to fix it, without position and path. */
  public String reason() {
    return reason;
  }

  /**
   * The single problems this exception reports, in source order: this exception itself, or for a {@link
   * ManifestReadException} each field error of the document. Report them all, one line each.
   */
  public List<ManifestException> errors() {
    return List.of(this);
  }
}
