package dev.sparkapp.core.validate;

import dev.sparkapp.core.InvalidArgumentException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A spark-operator release, {@code major.minor.patch}, as in {@code 2.1.0} or {@code v2.5.2}. */
record OperatorVersion(int major, int minor, int patch) implements Comparable<OperatorVersion> {
  private static final Pattern FORM = Pattern.compile("v?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4}))?");

  /** The operator release whose CRDs the SDK bundles. */
  static final OperatorVersion BUNDLED = new OperatorVersion(2, 5, 2);

  /**
   * Parses {@code 2.1}, {@code 2.1.0} or {@code v2.1.0}.
   *
   * @throws InvalidArgumentException when the text is not such a version
   */
  static OperatorVersion parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new InvalidArgumentException("'" + text + "' is not an operator version: use major.minor.patch, "
          + "for example 2.1.0");
    }
    return new OperatorVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
  }

  @Override
  public int compareTo(OperatorVersion other) {
    int byMajor = Integer.compare(major, other.major);
    if (byMajor != 0) {
      return byMajor;
    }
    int byMinor = Integer.compare(minor, other.minor);
    return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
