package com.example.jobs;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.yaml.ManifestSource;
import java.util.List;

/** SparkPi with a driver that asks for no cores. */
public final class BrokenPi implements ManifestSource {
  @Override
  public String name() {
    return "broken-pi";
  }

  @Override
  public List<Object> resources() {
    return List.of(SparkApplication.builder()
        .metadata(m -> m.withName("broken-pi").withNamespace("default"))
        .spec(s -> s.type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER)
            .image("docker.io/apache/spark:4.0.1").sparkVersion("4.0.1")
            .mainClass("org.apache.spark.examples.SparkPi")
            .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
            .driver(d -> d.cores(0).memory("512m"))
            .executor(e -> e.instances(1).cores(1).memory("512m")))
        .build());
  }
}
