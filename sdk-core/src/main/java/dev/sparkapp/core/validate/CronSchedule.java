package dev.sparkapp.core.validate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The schedule grammar of the operator (robfig/cron {@code ParseStandard}): five fields (minute, hour,
 * day of month, month, day of week) of {@code *}, {@code ?}, numbers, names, ranges, steps and lists;
 * a descriptor such as {@code @daily}; or {@code @every <Go duration>} such as {@code @every 1h30m}.
 */
final class CronSchedule {
  private static final Set<String> DESCRIPTORS =
      Set.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
  private static final Pattern GO_DURATION = Pattern.compile("(?:[0-9]*(?:\\.[0-9]*)?(?:ns|us|µs|ms|s|m|h))+");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");

  private record Field(String name, int min, int max, List<String> names) {}

  private static final List<Field> FIELDS = List.of(
      new Field("minute", 0, 59, List.of()),
      new Field("hour", 0, 23, List.of()),
      new Field("day of month", 1, 31, List.of()),
      new Field("month", 1, 12, MONTHS),
      new Field("day of week", 0, 6, DAYS));

  private CronSchedule() {}

  /** Returns why the operator cannot parse {@code schedule}, or empty when it can. */
  static Optional<String> problem(String schedule) {
    String text = schedule.trim();
    if (text.startsWith("TZ=") || text.startsWith("CRON_TZ=")) {
      int space = text.indexOf(' ');
      if (space < 0) {
        return Optional.of("it has a time zone but no schedule");
      }
      text = text.substring(space + 1).trim();
    }
    if (text.startsWith("@every ")) {
      String duration = text.substring("@every ".length()).trim();
      return GO_DURATION.matcher(duration).matches() && duration.chars().anyMatch(Character::isDigit)
          ? Optional.empty()
          : Optional.of("'" + duration + "' is not a duration such as 90s, 5m or 1h30m");
    }
    if (text.startsWith("@")) {
      return DESCRIPTORS.contains(text.toLowerCase(Locale.ROOT))
          ? Optional.empty()
          : Optional.of("'" + text + "' is not one of @yearly, @monthly, @weekly, @daily, @hourly or @every <duration>");
    }
    String[] parts = text.split("\\s+");
    if (parts.length != FIELDS.size()) {
      return Optional.of("it has " + parts.length + " fields; a cron schedule has 5 (minute hour day-of-month month day-of-week)");
    }
    for (int i = 0; i < parts.length; i++) {
      Optional<String> problem = fieldProblem(parts[i], FIELDS.get(i));
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> fieldProblem(String text, Field field) {
    for (String item : text.split(",", -1)) {
      String range = item;
      int slash = item.indexOf('/');
      if (slash >= 0) {
        range = item.substring(0, slash);
        Integer step = number(item.substring(slash + 1), List.of());
        if (step == null || step < 1) {
          return bad(item, field);
        }
      }
      if (range.equals("*") || range.equals("?")) {
        continue;
      }
      String[] ends = range.split("-", -1);
      if (ends.length > 2) {
        return bad(item, field);
      }
      Integer low = number(ends[0], field.names());
      Integer high = ends.length == 2 ? number(ends[1], field.names()) : low;
      if (low == null || high == null || low < field.min() || high > field.max() || low > high) {
        return bad(item, field);
      }
    }
    return Optional.empty();
  }

  private static Integer number(String text, List<String> names) {
    int named = names.indexOf(text.toLowerCase(Locale.ROOT));
    if (named >= 0) {
      return names == MONTHS ? named + 1 : named;
    }
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
      return null;
    }
    return Integer.parseInt(text);
  }

  private static Optional<String> bad(String item, Field field) {
    return Optional.of("'" + item + "' is not a valid " + field.name() + " (" + field.min() + "-" + field.max()
        + (field.names().isEmpty() ? "" : " or a name such as " + field.names().get(0).toUpperCase(Locale.ROOT))
        + ")");
  }
}
