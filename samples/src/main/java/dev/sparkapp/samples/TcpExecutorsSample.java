package dev.sparkapp.samples;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicy;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.probe.Probes;
import java.util.List;

/**
 * Executors guarded by the TCP preset: each executor's liveness probe connects to its block manager,
 * whose port is pinned with {@code spark.blockManager.port} so that the probe knows where to look
 * (Spark picks a random port otherwise).
 */
public final class TcpExecutorsSample implements Sample {
  /** The pinned block-manager port the executors listen on and are probed at. */
  static final int BLOCK_MANAGER_PORT = 7090;

  @Override
  public String name() {
    return "tcp-executors";
  }

  @Override
  public String description() {
    return "Executors probed by TCP on a pinned block-manager port";
  }

  /** Returns the application with its executors' TCP liveness probe. */
  public SparkApplication application() {
    return SparkApplication.builder()
        .metadata(m -> m.withName("tcp-executors").withNamespace("default"))
        .spec(s -> s.type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER)
            .image(SparkPiSample.IMAGE).sparkVersion(SparkPiSample.SPARK_VERSION)
            .mainClass("org.apache.spark.examples.SparkPi")
            .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
            .addArguments("100000")
            .putSparkConf("spark.blockManager.port", String.valueOf(BLOCK_MANAGER_PORT))
            .restartPolicy(RestartPolicy.of(RestartPolicyType.NEVER))
            .driver(d -> d.cores(1).memory("1g").serviceAccount("spark-operator-spark"))
            .executor(e -> e.instances(3).cores(1).memory("1g").livenessProbe(Probes.blockManager())))
        .build();
  }

  @Override
  public List<Object> resources() {
    return List.of(application());
  }
}
