package dev.sparkapp.samples;

import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.core.probe.Probes;
import java.util.List;

/**
 * A standalone Spark cluster on the Apache Spark Kubernetes operator ({@code SparkCluster}), the operator's
 * {@code prod-cluster-with-three-workers} example with the SDK's presets on the master and the workers,
 * given to their pod builders: the master starts and stays alive while its web UI answers {@code GET /json/}
 * on 8080 and is ready while it accepts connections on its RPC port 7077 (where {@code start-master.sh} listens
 * and workers connect through {@code <name>-master-svc}); each worker while its web UI answers on 8081. The
 * presets go to the containers {@code master} and {@code worker}, which the operator then completes with its
 * command, ports and options and whose probes it keeps ({@code SparkClusterResourceSpec}).
 */
public final class ApacheClusterSample implements Sample {
  @Override
  public String name() {
    return "apache-cluster";
  }

  @Override
  public String description() {
    return "A standalone Spark cluster on the Apache operator, master and workers probed with the SDK's presets";
  }

  /** Returns the SparkCluster with its probes. */
  public ApacheSparkCluster cluster() {
    return ApacheSparkCluster.builder()
        .metadata(m -> m.withName("prod").withNamespace("default"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion(SparkPiSample.SPARK_VERSION))
            .clusterTolerations(t -> t.instanceConfig(i -> i.initWorkers(3).minWorkers(3).maxWorkers(3)))
            .putSparkConf("spark.kubernetes.container.image", "apache/spark:{{SPARK_VERSION}}")
            .masterSpec(m -> m.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi())
                .readinessProbe(Probes.masterRpc()))
            .workerSpec(w -> w.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi())
                .readinessProbe(Probes.sparkUi())))
        .build();
  }

  @Override
  public List<Object> resources() {
    return List.of(cluster());
  }
}
