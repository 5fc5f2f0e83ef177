package dev.sparkapp.core.validate;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's grammar for memory sizes ({@code JavaUtils.byteStringAs}): a whole number with an optional
 * unit {@code b, k, kb, m, mb, g, gb, t, tb, p, pb}, case-insensitive. Kubernetes quantities such as
 * {@code 512Mi} and fractions such as {@code 1.5g} are not understood by Spark.
 */
final class SparkMemory {
  private static final Pattern WHOLE = Pattern.compile("([0-9]+)([a-z]+)?");
  private static final Pattern FRACTION = Pattern.compile("[0-9]+\\.[0-9]+([a-z]+)?");
  private static final Set<String> UNITS = Set.of("b", "k", "kb", "m", "mb", "g", "gb", "t", "tb", "p", "pb");

  /** How to write a valid size, for messages. */
  static final String FORMAT = "a whole number with an optional unit b, k, m, g, t or p (for example 512m or 2g)";

  private SparkMemory() {}

  /** Returns why Spark cannot parse {@code value}, or empty when it can. */
  static Optional<String> problem(String value) {
    String lower = value.toLowerCase(Locale.ROOT).trim();
    Matcher whole = WHOLE.matcher(lower);
    if (whole.matches()) {
      String unit = whole.group(2);
      if (unit != null && !UNITS.contains(unit)) {
        return Optional.of("unit '" + unit + "' is not one Spark knows"
            + (unit.endsWith("i") ? " (Kubernetes units such as Mi and Gi are not Spark units)" : ""));
      }
      if (whole.group(1).length() > 18) {
        return Optional.of("the number is too large");
      }
      return Optional.empty();
    }
    if (FRACTION.matcher(lower).matches()) {
      return Optional.of("Spark does not accept fractions");
    }
    return Optional.of("it is not a size");
  }
}
