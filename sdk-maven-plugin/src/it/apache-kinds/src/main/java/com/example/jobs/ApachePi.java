package com.example.jobs;

import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.yaml.ManifestSource;
import java.util.List;

/**
 * Spark Pi for the Apache Spark Kubernetes operator, rendered by the build to target/sparkapp/apache-pi.yaml:
 * the driver counts as started once its UI answers, and executors get a TCP liveness probe on their block
 * manager (the presets pin spark.ui.port and spark.blockManager.port in sparkConf).
 */
public final class ApachePi implements ManifestSource {
  @Override
  public String name() {
    return "apache-pi";
  }

  @Override
  public List<Object> resources() {
    ApacheSparkApplication app = ApacheSparkApplication.builder()
        .metadata(m -> m.withName("pi").withNamespace("default"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1"))
            .mainClass("org.apache.spark.examples.SparkPi")
            .jars("local:///opt/spark/examples/jars/spark-examples.jar")
            .addDriverArgs("5000")
            .putSparkConf("spark.kubernetes.container.image", "apache/spark:{{SPARK_VERSION}}-scala")
            .putSparkConf("spark.executor.instances", "2")
            .applicationTolerations(t -> t.applicationTimeoutConfig(c -> c.driverReadyTimeoutMillis(120_000L))))
        .probes(ProbeSet.none()
            .driver(d -> d.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi()))
            .executor(e -> e.livenessProbe(Probes.blockManager())))
        .build();
    return List.of(app);
  }
}
