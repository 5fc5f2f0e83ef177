package dev.sparkapp.core;

import java.util.Optional;

/**
 * The two kinds of pod that Spark runs on Kubernetes, with the name of the container that Spark builds
 * its process into.
 *
 * <p>The spark-operator passes {@code spark.kubernetes.driver.podTemplateContainerName} and
 * {@code spark.kubernetes.executor.podTemplateContainerName} with these names to spark-submit after the
 * user's {@code sparkConf} (kubeflow spark-operator {@code internal/controller/sparkapplication/submission.go}:
 * whenever the pod has a {@code template} since v2.1.0, always since v2.4.0), so its value wins over any in
 * {@code sparkConf}. Spark then builds its process into the template container of exactly this name, or
 * into the first template container when there is none ({@code KubernetesUtils.selectSparkContainer}), so
 * a probe reaches the Spark process only when it sits in the container of this name. This is the one answer
 * to "which container is Spark's" for the presets, the validator and the assertions.
 */
public enum SparkPod {
  /** The driver pod ({@code spec.driver}); its Spark container is {@code spark-kubernetes-driver}. */
  DRIVER("driver", "spark-kubernetes-driver"),
  /** An executor pod ({@code spec.executor}); its Spark container is {@code spark-kubernetes-executor}. */
  EXECUTOR("executor", "spark-kubernetes-executor");

  private final String specField;
  private final String containerName;

  SparkPod(String specField, String containerName) {
    this.specField = specField;
    this.containerName = containerName;
  }

  /** Returns the name of the pod template container that runs Spark. */
  public String containerName() {
    return containerName;
  }

  /** Returns the field under {@code spec} that describes this pod: {@code driver} or {@code executor}. */
  public String specField() {
    return specField;
  }

  /** Returns this pod's settings in {@code spec}: {@code spec.driver()} or {@code spec.executor()}. */
  public Optional<? extends SparkPodSpec> specIn(SparkApplicationSpec spec) {
    return this == DRIVER ? spec.driver() : spec.executor();
  }
}
