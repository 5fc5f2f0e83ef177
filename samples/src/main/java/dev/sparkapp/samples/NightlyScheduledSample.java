package dev.sparkapp.samples;

import dev.sparkapp.core.ConcurrencyPolicy;
import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicy;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import java.util.List;

/**
 * A nightly report as a ScheduledSparkApplication: runs at 02:00 Berlin time, never overlaps a run
 * that is still going, and keeps the last three successful and five failed runs.
 */
public final class NightlyScheduledSample implements Sample {
  /** The cron schedule: every day at 02:00. */
  static final String SCHEDULE = "0 2 * * *";

  @Override
  public String name() {
    return "nightly-scheduled";
  }

  @Override
  public String description() {
    return "A ScheduledSparkApplication with a concurrency policy and run history limits";
  }

  /** Returns the scheduled nightly report. */
  public ScheduledSparkApplication application() {
    return ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly-report").withNamespace("default"))
        .spec(s -> s.schedule(SCHEDULE).timeZone("Europe/Berlin")
            .concurrencyPolicy(ConcurrencyPolicy.FORBID)
            .successfulRunHistoryLimit(3).failedRunHistoryLimit(5)
            .template(t -> t.type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER)
                .image(SparkPiSample.IMAGE).sparkVersion(SparkPiSample.SPARK_VERSION)
                .mainClass("com.example.reports.NightlyReport")
                .mainApplicationFile("local:///opt/spark/jars/reports.jar")
                .restartPolicy(RestartPolicy.of(RestartPolicyType.NEVER))
                .driver(d -> d.cores(1).memory("1g").serviceAccount("spark-operator-spark"))
                .executor(e -> e.instances(3).cores(2).memory("4g"))))
        .build();
  }

  @Override
  public List<Object> resources() {
    return List.of(application());
  }
}
