package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ScheduledSparkApplicationSpec;
import java.time.ZoneId;

/**
 * A ScheduledSparkApplication's {@code schedule} (a cron expression, a descriptor or {@code @every
 * <duration>}), its {@code timeZone} (an IANA zone such as {@code Europe/Paris}) and its
 * {@code template}, which the CRD requires.
 */
final class ScheduleRules implements Rule {
  static final String SCHEDULE = "schedule-cron";
  static final String TIME_ZONE = "schedule-time-zone";

  @Override
  public void checkSchedule(ScheduledSparkApplicationSpec spec, FieldPath at, Findings findings) {
    if (spec.schedule().isEmpty()) {
      findings.error(at.field("schedule"), ApplicationTypeRules.REQUIRED,
          "schedule is required by the CRD: set a cron expression such as \"0 2 * * *\" or \"@every 1h\"");
    }
    spec.schedule().ifPresent(schedule -> CronSchedule.problem(schedule).ifPresent(why ->
        findings.error(at.field("schedule"), SCHEDULE, "'" + schedule + "' is not a schedule the operator accepts ("
            + why + "): use a cron expression such as \"0 2 * * *\", a descriptor such as @daily, or @every 1h")));
    spec.timeZone().filter(zone -> !isIanaZone(zone)).ifPresent(zone -> findings.error(at.field("timeZone"),
        TIME_ZONE, "'" + zone + "' is not an IANA time zone: use a name such as UTC or Europe/Paris"));
    if (spec.template().isEmpty()) {
      findings.error(at.field("template"), ApplicationTypeRules.REQUIRED,
          "template is required by the CRD: give the SparkApplication spec to run on each schedule");
    }
  }

  private static boolean isIanaZone(String zone) {
    return zone.equals("Local") || ZoneId.getAvailableZoneIds().contains(zone);
  }
}
