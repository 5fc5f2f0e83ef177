package com.example.jobs;

import dev.sparkapp.core.ConcurrencyPolicy;
import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.yaml.ManifestSource;
import java.util.List;

/** The project's nightly ETL job, rendered by the build to target/sparkapp/nightly-etl.yaml. */
public final class NightlyEtl implements ManifestSource {
  @Override
  public String name() {
    return "nightly-etl";
  }

  @Override
  public List<Object> resources() {
    ScheduledSparkApplication job = ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly-etl").withNamespace("data"))
        .spec(s -> s.schedule("0 2 * * *").concurrencyPolicy(ConcurrencyPolicy.FORBID)
            .template(t -> t.type(SparkApplicationType.PYTHON).mode(DeployMode.CLUSTER)
                .image("docker.io/apache/spark:4.0.1").sparkVersion("4.0.1")
                .mainApplicationFile("local:///opt/jobs/etl.py")
                .driver(d -> d.cores(1).memory("1g").serviceAccount("spark"))
                .executor(e -> e.instances(2).cores(2).memory("2g"))))
        .build();
    return List.of(job);
  }
}
