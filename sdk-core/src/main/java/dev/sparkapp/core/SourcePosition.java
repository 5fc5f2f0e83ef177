package dev.sparkapp.core;

import java.util.Objects;

/**
 * Where something stands in a source text: the source's name (a file path, {@code <stdin>}, or
 * {@code <string>}), a 1-based line and a 1-based column. Printed as {@code source:line:column}, the
 * form editors and CI annotations understand.
 */
public final class SourcePosition {
  private final String source;
  private final int line;
  private final int column;

  private SourcePosition(String source, int line, int column) {
    this.source = Objects.requireNonNull(source, "source");
    if (line < 1 || column < 1) {
      throw new InvalidArgumentException("line and column are 1-based, got " + line + ":" + column);
    }
    this.line = line;
    this.column = column;
  }

  /** Returns the position at {@code line:column} (both 1-based) of {@code source}. */
  public static SourcePosition of(String source, int line, int column) {
    return new SourcePosition(source, line, column);
  }

  /** The source's name: a file path, {@code <stdin>} or {@code <string>}. */
  public String source() {
    return source;
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** The 1-based column. */
  public int column() {
    return column;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourcePosition other
        && source.equals(other.source)
        && line == other.line
        && column == other.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column);
  }

  /** Returns {@code source:line:column}. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
