package dev.sparkapp.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a duration the way kubectl writes it ({@code 90s}, {@code 10m}, {@code 1h30m}) or in ISO-8601. */
final class Durations implements ITypeConverter<Duration> {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h)");

  @Override
  public Duration convert(String text) {
    if (text.startsWith("P") || text.startsWith("p")) {
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException e) {
        throw invalid(text);
      }
    }
    Matcher part = PART.matcher(text);
    Duration total = Duration.ZERO;
    int end = 0;
    while (part.find() && part.start() == end) {
      long amount = Long.parseLong(part.group(1));
      switch (part.group(2)) {
        case "ms" -> total = total.plusMillis(amount);
        case "s" -> total = total.plusSeconds(amount);
        case "m" -> total = total.plusMinutes(amount);
        default -> total = total.plusHours(amount);
      }
      end = part.end();
    }
    if (end == 0 || end != text.length()) {
      throw invalid(text);
    }
    return total;
  }

  private static TypeConversionException invalid(String text) {
    return new TypeConversionException("'" + text + "' is not a duration; write it like 90s, 10m or 1h30m");
  }
}
