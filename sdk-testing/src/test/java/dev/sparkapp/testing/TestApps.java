package dev.sparkapp.testing;

import dev.sparkapp.core.ConcurrencyPolicy;
import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicy;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkApplicationType;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.Map;

/** The applications and probes the tests assert on. */
final class TestApps {
  private TestApps() {}

  /** {@code String.format}, for expected failure messages with {@code %n} line breaks. */
  static String message(String format, Object... args) {
    return String.format(format, args);
  }

  /** An httpGet probe on 4040 /healthz, every 10 s after 5 s, timeout 2 s, thresholds 3 and 1. */
  static Probe httpProbe() {
    return new ProbeBuilder()
        .withNewHttpGet().withPort(new IntOrString(4040)).withPath("/healthz").endHttpGet()
        .withInitialDelaySeconds(5).withPeriodSeconds(10).withTimeoutSeconds(2)
        .withFailureThreshold(3).withSuccessThreshold(1)
        .build();
  }

  static Probe tcpProbe() {
    return new ProbeBuilder().withNewTcpSocket().withPort(new IntOrString(7078)).endTcpSocket().build();
  }

  static Probe execProbe() {
    return new ProbeBuilder().withNewExec().withCommand("sh", "-c", "test -f /tmp/started").endExec().build();
  }

  /** The driver template: the Spark container with an env var and all three probes, plus a sidecar. */
  static PodTemplateSpec driverTemplate() {
    return new PodTemplateSpecBuilder()
        .withNewSpec()
        .addNewContainer().withName("log-shipper").withLivenessProbe(tcpProbe()).endContainer()
        .addNewContainer().withName("spark-kubernetes-driver")
        .addNewEnv().withName("SPARK_LOG_DIR").withValue("/var/log/spark").endEnv()
        .withLivenessProbe(httpProbe()).withReadinessProbe(tcpProbe()).withStartupProbe(execProbe())
        .endContainer()
        .endSpec()
        .build();
  }

  static SparkApplicationSpec sparkPiSpec() {
    return SparkApplicationSpec.builder()
        .type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER)
        .image("apache/spark:4.0.1").sparkVersion("4.0.1")
        .mainClass("org.apache.spark.examples.SparkPi")
        .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
        .restartPolicy(RestartPolicy.of(RestartPolicyType.NEVER))
        .sparkConf(Map.of("spark.ui.port", "4040"))
        .addVolumes(new VolumeBuilder().withName("logs").withNewEmptyDir().endEmptyDir().build())
        .driver(d -> d.cores(1).memory("512m").serviceAccount("spark")
            .labels(Map.of("app", "spark-pi"))
            .addVolumeMounts(new VolumeMountBuilder().withName("logs").withMountPath("/var/log/spark").build())
            .template(driverTemplate()))
        .executor(e -> e.instances(2).cores(1).memory("512m"))
        .build();
  }

  static SparkApplication sparkPi() {
    return SparkApplication.builder()
        .metadata(m -> m.withName("spark-pi").withNamespace("default"))
        .spec(sparkPiSpec())
        .build();
  }

  /** A SparkApplication with an empty spec: no driver, no executor. */
  static SparkApplication bare() {
    return SparkApplication.builder()
        .metadata(m -> m.withName("bare"))
        .spec(SparkApplicationSpec.builder().build())
        .build();
  }

  static ScheduledSparkApplication nightly() {
    return ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly").withNamespace("jobs"))
        .spec(s -> s.schedule("0 2 * * *").concurrencyPolicy(ConcurrencyPolicy.FORBID).template(sparkPiSpec()))
        .build();
  }
}
