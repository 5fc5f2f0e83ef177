package com.example.jobs;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;

/** The project's application. */
public final class SparkPi {
  private SparkPi() {}

  /** The classic example. */
  public static SparkApplication application() {
    return SparkApplication.builder()
        .metadata(m -> m.withName("spark-pi").withNamespace("default"))
        .spec(s -> s.type(SparkApplicationType.SCALA).image("docker.io/apache/spark:4.0.1").sparkVersion("4.0.1")
            .mainClass("org.apache.spark.examples.SparkPi")
            .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
            .driver(d -> d.cores(1).memory("512m").serviceAccount("spark"))
            .executor(e -> e.instances(1).cores(1).memory("512m")))
        .build();
  }
}
