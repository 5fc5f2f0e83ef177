package dev.sparkapp.samples;

import dev.sparkapp.core.apache.ApacheSparkCluster;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpecBuilder;
import java.util.List;

/**
 * A standalone Spark cluster on the Apache Spark Kubernetes operator ({@code SparkCluster}), the operator's
 * {@code prod-cluster-with-three-workers} example with probes in the master and worker StatefulSet templates:
 * the master is ready and alive while it accepts connections on its RPC port 7077 (where
 * {@code start-master.sh} listens and workers connect through {@code <name>-master-svc}) and its web UI on
 * 8080 answers; each worker while its web UI on 8081 answers. The operator adds its own ports and command to
 * the containers {@code master} and {@code worker} and keeps the probes (SparkClusterResourceSpec). The SDK's
 * presets serve Spark drivers and executors; a standalone master and worker get these probes written out.
 */
public final class ApacheClusterSample implements Sample {
  @Override
  public String name() {
    return "apache-cluster";
  }

  @Override
  public String description() {
    return "A standalone Spark cluster on the Apache operator, master and workers probed on their own ports";
  }

  /** Returns the SparkCluster with its probes. */
  public ApacheSparkCluster cluster() {
    return ApacheSparkCluster.builder()
        .metadata(m -> m.withName("prod").withNamespace("default"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion(SparkPiSample.SPARK_VERSION))
            .clusterTolerations(t -> t.instanceConfig(i -> i.initWorkers(3).minWorkers(3).maxWorkers(3)))
            .putSparkConf("spark.kubernetes.container.image", "apache/spark:{{SPARK_VERSION}}")
            .masterSpec(m -> m.statefulSetSpec(template("master", tcp(7077), http(8080))))
            .workerSpec(w -> w.statefulSetSpec(template("worker", null, http(8081)))))
        .build();
  }

  private static StatefulSetSpec template(String container, Probe ready, Probe alive) {
    return new StatefulSetSpecBuilder().withNewTemplate().withNewSpec()
        .addNewContainer().withName(container)
        .withStartupProbe(new ProbeBuilder(alive).withFailureThreshold(30).withPeriodSeconds(5).build())
        .withReadinessProbe(ready != null ? ready : alive)
        .withLivenessProbe(new ProbeBuilder(alive).withFailureThreshold(4).withPeriodSeconds(15).withTimeoutSeconds(10)
            .build())
        .endContainer().endSpec().endTemplate().build();
  }

  private static Probe tcp(int port) {
    return new ProbeBuilder().withNewTcpSocket().withNewPort(port).endTcpSocket().withPeriodSeconds(10).build();
  }

  private static Probe http(int port) {
    return new ProbeBuilder().withNewHttpGet().withPath("/").withNewPort(port).withScheme("HTTP").endHttpGet()
        .withPeriodSeconds(10).build();
  }

  @Override
  public List<Object> resources() {
    return List.of(cluster());
  }
}
