package dev.sparkapp.core;

import java.util.Optional;
import java.util.Objects;

/**
 * The path of a field inside a manifest, printed the way users read it:
 * {@code spec.driver.memory}, {@code spec.volumes[0].name},
 * {@code spec.sparkConf["spark.ui.port"]}, {@code spec.driver.template.spec.containers[0].livenessProbe}.
 *
 * <p>Object fields join with dots; list elements are {@code [index]}; a map key that is not a plain
 * identifier is quoted in brackets. Readers, validators and assertions all print paths through this
 * class, so the same field always has the same spelling.
 */
public final class FieldPath {
  private static final FieldPath ROOT = new FieldPath(null, "", false);

  private final FieldPath parent;
  /** The segment as written ({@code [0]}, {@code ["a.b"]}), or for a plain field its bare name. */
  private final String segment;
  /** Whether {@code segment} is a plain field's bare name, written {@code .name} (or {@code name} first). */
  private final boolean plain;
  private final int hash;

  private FieldPath(FieldPath parent, String segment, boolean plain) {
    this.parent = parent;
    this.segment = segment;
    this.plain = plain;
    this.hash = parent == null ? 0 : 31 * parent.hash + segment.hashCode() + (plain ? 1 : 0);
  }

  public static FieldPath root() {
    return ROOT;
  }

  /** Returns the path of the dotted field names, for example {@code of("spec", "driver", "cores")}. */
  public static FieldPath of(String... fields) {
    FieldPath path = ROOT;
    for (String field : fields) {
      path = path.field(field);
    }
    return path;
  }

  /** Returns this path extended by an object field or map key. */
  public FieldPath field(String name) {
    Objects.requireNonNull(name, "name");
    if (isPlain(name)) {
      return new FieldPath(this, name, true); // the '.' is added when the path is written: reading a document makes many
    }
    return new FieldPath(this, "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]", false);
  }

  /** {@code [A-Za-z_$][A-Za-z0-9_$-]*}: a name written after a dot rather than in brackets. */
  private static boolean isPlain(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '$';
      if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '-'))) {
        return false;
      }
    }
    return true;
  }

  /** Returns this path extended by a list index. */
  public FieldPath index(int index) {
    if (index < 0) {
      throw new InvalidArgumentException("index must be >= 0, got " + index);
    }
    return new FieldPath(this, "[" + index + "]", false);
  }

  /**
   * Returns this path extended by a list element identified by its name, as in
   * {@code containers[spark-kubernetes-driver]}.
   */
  public FieldPath named(String name) {
    return new FieldPath(this, "[" + Objects.requireNonNull(name, "name") + "]", false);
  }

  /** Returns the path this one extends, or empty for the root. */
  public Optional<FieldPath> parent() {
    return Optional.ofNullable(parent);
  }

  /** Returns {@code true} for the root path. */
  public boolean isRoot() {
    return parent == null;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FieldPath other) || hash != other.hash) {
      return false;
    }
    FieldPath a = this;
    FieldPath b = other;
    while (a != null && b != null) {
      if (a == b) {
        return true;
      }
      if (a.plain != b.plain || !a.segment.equals(b.segment)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return a == b;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns the path as users read it; the root prints as {@code <root>}. */
  @Override
  public String toString() {
    if (isRoot()) {
      return "<root>";
    }
    StringBuilder out = new StringBuilder();
    append(out);
    return out.toString();
  }

  private void append(StringBuilder out) {
    if (parent != null) {
      parent.append(out);
      if (plain && !parent.isRoot()) {
        out.append('.');
      }
      out.append(segment);
    }
  }
}
