package dev.sparkapp.samples;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicy;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.probe.Probes;
import java.util.List;

/**
 * The spark-operator's classic example: SparkPi on Spark 4, one driver and two executors, with the
 * driver's Spark UI as its startup probe (wait for the UI to come up) and its liveness probe (restart a
 * driver whose UI stops answering).
 */
public final class SparkPiSample implements Sample {
  /** The Spark image the samples run on. */
  static final String IMAGE = "docker.io/apache/spark:4.0.1";

  /** The Spark version of {@link #IMAGE}. */
  static final String SPARK_VERSION = "4.0.1";

  @Override
  public String name() {
    return "spark-pi";
  }

  @Override
  public String description() {
    return "The operator's classic SparkPi, with Spark-UI startup and liveness probes";
  }

  /** Returns the SparkPi application with its driver probes. */
  public SparkApplication application() {
    return SparkApplication.builder()
        .metadata(m -> m.withName("spark-pi").withNamespace("default"))
        .spec(s -> s.type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER)
            .image(IMAGE).sparkVersion(SPARK_VERSION)
            .mainClass("org.apache.spark.examples.SparkPi")
            .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
            .addArguments("5000")
            .restartPolicy(RestartPolicy.of(RestartPolicyType.NEVER))
            .driver(d -> d.cores(1).memory("512m").serviceAccount("spark-operator-spark")
                .startupProbe(Probes.sparkUi())
                .livenessProbe(Probes.sparkUi()))
            .executor(e -> e.instances(2).cores(1).memory("512m")))
        .build();
  }

  @Override
  public List<Object> resources() {
    return List.of(application());
  }
}
