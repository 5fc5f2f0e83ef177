package dev.sparkapp.samples;

import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.probe.Probes;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;

/**
 * A Spark Connect server, the operator's {@code spark-connect} example with probes: the Service sends
 * clients only to a server that accepts gRPC connections (readiness on port 15002), and a server whose
 * Spark UI stops answering is restarted (startup and liveness on the UI). Executors get a TCP liveness
 * probe on their block manager.
 */
public final class SparkConnectSample implements Sample {
  @Override
  public String name() {
    return "spark-connect";
  }

  @Override
  public String description() {
    return "A Spark Connect server, ready only when it accepts gRPC clients, restarted when its UI hangs";
  }

  /** Returns the SparkConnect with its probes. */
  public SparkConnect connect() {
    PodTemplateSpec server = new PodTemplateSpecBuilder()
        .withNewMetadata().addToLabels("app.kubernetes.io/name", "spark-connect").endMetadata()
        .withNewSpec()
        .withServiceAccountName("spark-operator-spark")
        .addNewContainer().withName("spark-kubernetes-driver").withImage(SparkPiSample.IMAGE)
        .withNewResources()
        .addToRequests("cpu", new Quantity("1")).addToRequests("memory", new Quantity("2Gi"))
        .addToLimits("memory", new Quantity("2Gi"))
        .endResources()
        .endContainer()
        .endSpec().build();
    return SparkConnect.builder()
        .metadata(m -> m.withName("spark-connect").withNamespace("default"))
        .spec(s -> s.sparkVersion(SparkPiSample.SPARK_VERSION).image(SparkPiSample.IMAGE)
            .server(v -> v.cores(1).memory("1g").template(server)
                .readinessProbe(Probes.connectGrpc())
                .startupProbe(Probes.sparkUi())
                .livenessProbe(Probes.sparkUi()))
            .executor(e -> e.instances(2).cores(1).memory("512m")
                .livenessProbe(Probes.blockManager())))
        .build();
  }

  @Override
  public List<Object> resources() {
    return List.of(connect());
  }
}
