package dev.sparkapp.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

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
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");
  private static final FieldPath ROOT = new FieldPath(Collections.emptyList());

  private final List<String> segments;

  private FieldPath(List<String> segments) {
    this.segments = segments;
  }

  /** Returns the empty path, the document itself. */
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
    String segment = PLAIN.matcher(name).matches()
        ? (segments.isEmpty() ? name : "." + name)
        : "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    return append(segment);
  }

  /** Returns this path extended by a list index. */
  public FieldPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
    return append("[" + index + "]");
  }

  /**
   * Returns this path extended by a list element identified by its name, as in
   * {@code containers[spark-kubernetes-driver]}.
   */
  public FieldPath named(String name) {
    return append("[" + Objects.requireNonNull(name, "name") + "]");
  }

  private FieldPath append(String segment) {
    List<String> next = new ArrayList<>(segments.size() + 1);
    next.addAll(segments);
    next.add(segment);
    return new FieldPath(Collections.unmodifiableList(next));
  }

  /** Returns {@code true} for the root path. */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath other && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** Returns the path as users read it; the root prints as {@code <root>}. */
  @Override
  public String toString() {
    return segments.isEmpty() ? "<root>" : String.join("", segments);
  }
}
