package dev.sparkapp.samples;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.probe.Probes;
import java.time.Duration;
import java.util.List;

/**
 * A long-running Structured Streaming job that can hang without crashing. The driver's liveness probe is
 * the job-progress preset: a micro-batch whose tasks have not moved for {@link #STALL} restarts it, while
 * the quiet time between micro-batches (no running job) never does; a spark-ui startup probe holds it back
 * until the UI serves. Executors keep the log-staleness preset, which restarts one whose Spark log has not
 * changed for {@link #MAX_LOG_AGE}; it also wires log4j2 to write that log file, through a companion
 * ConfigMap rendered after the application.
 */
public final class StreamingLogStalenessSample implements Sample {
  /** How long a pod's log may stay unchanged before the pod counts as hung. */
  static final Duration MAX_LOG_AGE = Duration.ofMinutes(10);
  /** How long a running micro-batch may show no task progress before the driver counts as hung. */
  static final Duration STALL = Duration.ofMinutes(15);

  @Override
  public String name() {
    return "streaming-log-staleness";
  }

  @Override
  public String description() {
    return "A streaming app whose driver is restarted when a micro-batch stops progressing and whose "
        + "executors are restarted when their logs go stale, with its log4j2 ConfigMap";
  }

  /**
   * Returns the streaming application with its probes; its {@link SparkApplication#companions()} hold the
   * ConfigMap they need.
   */
  public SparkApplication application() {
    return SparkApplication.builder()
        .metadata(m -> m.withName("clickstream-sessions").withNamespace("default"))
        .spec(s -> s.type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER)
            .image(SparkPiSample.IMAGE).sparkVersion(SparkPiSample.SPARK_VERSION)
            .mainClass("com.example.streaming.ClickstreamSessions")
            .mainApplicationFile("local:///opt/spark/jars/clickstream.jar")
            .putSparkConf("spark.sql.streaming.checkpointLocation", "s3a://checkpoints/clickstream/")
            .restartPolicy(r -> r.type(RestartPolicyType.ALWAYS)
                .onFailureRetryInterval(30L).onSubmissionFailureRetryInterval(60L))
            .driver(d -> d.cores(1).memory("2g").serviceAccount("spark-operator-spark")
                .startupProbe(Probes.sparkUi())
                .livenessProbe(Probes.jobProgress(STALL)))
            .executor(e -> e.instances(4).cores(2).memory("4g")
                .livenessProbe(Probes.logStaleness(MAX_LOG_AGE))))
        .build();
  }

  @Override
  public List<Object> resources() {
    return List.of(application());
  }
}
