package dev.sparkapp.samples;

import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import java.util.List;

/**
 * The Apache Spark Kubernetes operator's {@code pi} example ({@code spark.apache.org/v1}) with probes: the
 * driver counts as started only once its Spark UI answers (the operator moves the application to
 * {@code DriverStarted} when Spark's container is ready), a driver whose UI hangs is restarted, and
 * executors get a TCP liveness probe on their block manager. The startup probe's budget (30 x 10 s) fits
 * the operator's {@code driverStartTimeoutMillis} (300 s), so the operator does not give up before the
 * kubelet.
 */
public final class ApachePiSample implements Sample {
  @Override
  public String name() {
    return "apache-pi";
  }

  @Override
  public String description() {
    return "Spark Pi on the Apache Spark Kubernetes operator, its driver started only once its UI answers";
  }

  /** Returns the application with its probes. */
  public ApacheSparkApplication application() {
    return ApacheSparkApplication.builder()
        .metadata(m -> m.withName("pi").withNamespace("default"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion(SparkPiSample.SPARK_VERSION))
            .mainClass("org.apache.spark.examples.SparkPi")
            .jars("local:///opt/spark/examples/jars/spark-examples.jar")
            .addDriverArgs("5000")
            .putSparkConf("spark.kubernetes.container.image", "apache/spark:{{SPARK_VERSION}}-scala")
            .putSparkConf("spark.kubernetes.authenticate.driver.serviceAccountName", "spark")
            .putSparkConf("spark.executor.instances", "2")
            .applicationTolerations(t -> t.applicationTimeoutConfig(c -> c.driverReadyTimeoutMillis(120_000L))))
        .probes(ProbeSet.none()
            .driver(d -> d.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi()))
            .executor(e -> e.livenessProbe(Probes.blockManager())))
        .build();
  }

  @Override
  public List<Object> resources() {
    return List.of(application());
  }
}
