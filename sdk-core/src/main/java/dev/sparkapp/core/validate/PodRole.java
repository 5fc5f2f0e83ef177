package dev.sparkapp.core.validate;

import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPodSpec;
import java.util.Map;
import java.util.Optional;

/** The driver or the executors: where their spec stands and what Spark names their container. */
enum PodRole {
  DRIVER("driver", "spark-kubernetes-driver"),
  EXECUTOR("executor", "spark-kubernetes-executor");

  private final String field;
  private final String containerName;

  PodRole(String field, String containerName) {
    this.field = field;
    this.containerName = containerName;
  }

  /** The field of the spec holding this role's settings: {@code driver} or {@code executor}. */
  String field() {
    return field;
  }

  /**
   * The name of the container Spark runs in: {@code spark.kubernetes.<role>.podTemplateContainerName}
   * when set, otherwise Spark's default name.
   */
  String sparkContainerName(SparkApplicationSpec spec) {
    Map<String, String> conf = spec.sparkConf();
    String configured = conf == null ? null : conf.get("spark.kubernetes." + field + ".podTemplateContainerName");
    return configured != null ? configured : containerName;
  }

  /** This role's settings in {@code spec}, when present. */
  Optional<? extends SparkPodSpec> of(SparkApplicationSpec spec) {
    return this == DRIVER ? spec.driver() : spec.executor();
  }
}
