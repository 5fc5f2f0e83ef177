package com.example.jobs;

import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.yaml.ManifestSource;
import java.util.List;

/** The Spark Connect server of README.md's "Spark Connect servers" section, rendered by the build. */
public final class Connect implements ManifestSource {
  @Override
  public String name() {
    return "spark-connect";
  }

  @Override
  public List<Object> resources() {
    SparkConnect connect = SparkConnect.builder()
        .metadata(m -> m.withName("spark-connect").withNamespace("default"))
        .spec(s -> s.sparkVersion("4.0.1").image("docker.io/apache/spark:4.0.1")
            .server(v -> v.cores(1).memory("1g")
                .readinessProbe(Probes.connectGrpc())
                .startupProbe(Probes.sparkUi())
                .livenessProbe(Probes.sparkUi()))
            .executor(e -> e.instances(2).cores(1).memory("512m").livenessProbe(Probes.blockManager())))
        .build();
    return List.of(connect);
  }
}
