package dev.sparkapp.yaml;

import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which strings the writer must quote so that YAML 1.1 readers (kubectl's go-yaml, PyYAML) and
 * YAML 1.2 readers all read them back as the same string: everything Jackson quotes by default, plus every
 * plain scalar that a YAML 1.1 implicit resolver would turn into a bool ({@code yes}, {@code on},
 * {@code y}), null ({@code ~}, {@code null}, empty), int ({@code 0x1F}, {@code 0o17}, {@code 017},
 * {@code 12:30}), float ({@code 1e3}, {@code .inf}), timestamp ({@code 2024-01-01}), merge key or value key.
 */
final class Yaml11Quoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  /** The plain scalars that are not numbers: bools (with go-yaml v2's single letters), nulls, merge, value. */
  private static final Set<String> WORDS = Set.of(
      "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
      "FALSE", "on", "On", "ON", "off", "Off", "OFF",
      "~", "null", "Null", "NULL",
      "<<", "=");

  /** Ints, floats and timestamps; every one starts with a digit, a sign or a dot. */
  private static final Pattern NUMERIC = Pattern.compile(String.join("|",
      // int: binary, octal (1.1 and 1.2), decimal, hex, sexagesimal
      "[-+]?0b[0-1_]+|[-+]?0o?[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+"
          + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+",
      // float, with or without a dot or an exponent sign, sexagesimal, inf and nan
      "[-+]?(?:[0-9][0-9_]*)?\\.?[0-9_]*(?:[eE][-+]?[0-9]+)?"
          + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
          + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)",
      // timestamp
      "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}.*)?"));

  /** The longest of {@link #WORDS}. */
  private static final int LONGEST_WORD = 5;

  static final Yaml11Quoting INSTANCE = new Yaml11Quoting();

  /**
   * Returns whether a YAML 1.1 or 1.2 reader would resolve {@code value}, written plain, to something
   * other than this string. Called for every key and value written, so it decides on the first
   * character before it runs a regular expression: most strings need neither.
   */
  static boolean isImplicitlyTyped(String value) {
    if (value.isEmpty()) {
      return true;
    }
    char first = value.charAt(0);
    if ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.') {
      return NUMERIC.matcher(value).matches();
    }
    return value.length() <= LONGEST_WORD && WORDS.contains(value);
  }

  @Override
  public boolean needToQuoteName(String name) {
    return super.needToQuoteName(name) || readsAsSomethingElse(name);
  }

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || readsAsSomethingElse(value);
  }

  /** Implicitly typed, or blank or padded (plain scalars lose their surrounding blanks). */
  private static boolean readsAsSomethingElse(String text) {
    return isImplicitlyTyped(text) || text.isBlank() || !text.equals(text.strip());
  }
}
