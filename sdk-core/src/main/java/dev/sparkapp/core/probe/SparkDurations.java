package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Spark time setting as Spark reads it ({@code JavaUtils.timeStringAs}): an optional sign, digits and
 * an optional unit among {@code us}, {@code ms}, {@code s}, {@code m}, {@code min}, {@code h} and {@code d},
 * case-insensitive and trimmed; a bare number is in the setting's own unit.
 */
final class SparkDurations {
  private static final Pattern TIME = Pattern.compile("(-?[0-9]+)([a-z]+)?");
  private static final Duration LONGEST = Duration.ofDays(36_500);
  private static final Map<String, ChronoUnit> UNITS = Map.of("us", ChronoUnit.MICROS, "ms", ChronoUnit.MILLIS,
      "s", ChronoUnit.SECONDS, "m", ChronoUnit.MINUTES, "min", ChronoUnit.MINUTES, "h", ChronoUnit.HOURS,
      "d", ChronoUnit.DAYS);

  private SparkDurations() {}

  /**
   * Returns the duration {@code key} sets in {@code sparkConf}, or {@code defaultValue} when it is unset.
   *
   * @param bareUnit the unit of a number without a suffix (Spark's unit for that setting)
   * @throws ProbePresetException naming the setting at {@code sparkConf}'s path (such as {@code
   *     spec.template.sparkConf[key]}) when the value is not a Spark duration
   */
  static Duration read(SparkConfAt sparkConf, String key, ChronoUnit bareUnit, Duration defaultValue) {
    String value = sparkConf.get(key);
    if (value == null) {
      return defaultValue;
    }
    Matcher matcher = TIME.matcher(value.trim().toLowerCase(Locale.ROOT));
    ChronoUnit unit = !matcher.matches() ? null
        : matcher.group(2) == null ? bareUnit : UNITS.get(matcher.group(2));
    if (unit == null || matcher.group(1).length() > 18) {
      throw new ProbePresetException(sparkConf.field(key), "'" + value + "' is not a Spark duration; write "
          + "digits and a unit such as 10s, 500ms or 2min (us, ms, s, m, min, h, d)");
    }
    long amount = Long.parseLong(matcher.group(1));
    if (Math.abs(amount) > LONGEST.toNanos() / unit.getDuration().toNanos()) {
      throw new ProbePresetException(sparkConf.field(key), "'" + value + "' is longer than a century; write "
          + "a duration such as 10s");
    }
    return Duration.of(amount, unit);
  }
}
