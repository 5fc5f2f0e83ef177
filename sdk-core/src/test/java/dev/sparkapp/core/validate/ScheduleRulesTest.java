package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ScheduledSparkApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleRulesTest {
  private static ScheduledSparkApplication scheduled(String schedule, String zone) {
    return ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly"))
        .spec(s -> s.schedule(schedule).timeZone(zone).template(TestApps::valid))
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0 2 * * *", "*/15 0-6,22 ? JAN-MAR mon-fri", "@daily", "@every 1h30m", "@every 90s",
      "CRON_TZ=UTC 0 0 1 * *", "5/10 * * * 0"})
  void acceptsSchedulesTheOperatorParses(String schedule) {
    assertThat(validate(scheduled(schedule, "Europe/Paris")).violations()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 2 * *|it has 4 fields; a cron schedule has 5 (minute hour day-of-month month day-of-week)",
      "61 * * * *|'61' is not a valid minute (0-59)",
      "0 0 * 13 *|'13' is not a valid month (1-12 or a name such as JAN)",
      "0 0 * * 7|'7' is not a valid day of week (0-6 or a name such as SUN)",
      "0 0 5-1 * *|'5-1' is not a valid day of month (1-31)",
      "*/0 * * * *|'*/0' is not a valid minute (0-59)",
      "@every soon|'soon' is not a duration such as 90s, 5m or 1h30m",
      "@sometimes|'@sometimes' is not one of @yearly, @monthly, @weekly, @daily, @hourly or @every <duration>"})
  void rejectsSchedulesTheOperatorCannotParse(String schedule, String why) {
    assertThat(violations(validate(scheduled(schedule, null)), ScheduleRules.SCHEDULE)).containsExactly(
        "spec.schedule: error: '" + schedule + "' is not a schedule the operator accepts (" + why + "): use a cron "
            + "expression such as \"0 2 * * *\", a descriptor such as @daily, or @every 1h [schedule-cron]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CEST", "+02:00", "Mars/Olympus"})
  void rejectsTimeZonesThatAreNotIana(String zone) {
    assertThat(violations(validate(scheduled("@daily", zone)), ScheduleRules.TIME_ZONE)).containsExactly(
        "spec.timeZone: error: '" + zone + "' is not an IANA time zone: use a name such as UTC or Europe/Paris "
            + "[schedule-time-zone]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "America/New_York", "Local"})
  void acceptsIanaTimeZones(String zone) {
    assertThat(validate(scheduled("@daily", zone)).violations()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void reportsAMissingScheduleAndTemplate() {
    ScheduledSparkApplication empty = ScheduledSparkApplication.builder().metadata(m -> m.withName("x"))
        .spec(s -> {}).build();

    assertThat(validate(empty).violations()).extracting(Violation::toString).containsExactly(
        "spec.schedule: error: schedule is required by the CRD: set a cron expression such as \"0 2 * * *\" or "
            + "\"@every 1h\" [required-field]",
        "spec.template: error: template is required by the CRD: give the SparkApplication spec to run on each "
            + "schedule [required-field]");
  }
}
