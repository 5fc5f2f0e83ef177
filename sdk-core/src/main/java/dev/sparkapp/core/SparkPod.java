package dev.sparkapp.core;

import java.util.List;
import java.util.Optional;

/**
 * The roles of the Spark pods the SDK probes, with the name of the container that runs the Spark process:
 * an application's driver and executors (the two kinds of pod Spark itself runs on Kubernetes, {@link
 * #applicationRoles()}), and a standalone cluster's master and workers (the Apache operator's SparkCluster).
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
  EXECUTOR("executor", "spark-kubernetes-executor"),
  /**
   * The master pod of a standalone cluster ({@code spec.masterSpec} of the Apache operator's SparkCluster); the
   * operator runs Spark's {@code Master} in the template container named {@code master}, which it adds when
   * there is none (apache/spark-kubernetes-operator 1.0.0 {@code SparkClusterResourceSpec.buildMasterStatefulSet}).
   */
  MASTER("master", "master"),
  /**
   * A worker pod of a standalone cluster ({@code spec.workerSpec}); the operator runs Spark's {@code Worker} in
   * the template container named {@code worker}, which it adds when there is none ({@code buildWorkerStatefulSet}).
   */
  WORKER("worker", "worker");

  private static final List<SparkPod> APPLICATION_ROLES = List.of(DRIVER, EXECUTOR);

  private final String specField;
  private final String containerName;

  SparkPod(String specField, String containerName) {
    this.specField = specField;
    this.containerName = containerName;
  }

  /** Returns the roles of an application's pods, driver first: {@link #DRIVER} and {@link #EXECUTOR}. */
  public static List<SparkPod> applicationRoles() {
    return APPLICATION_ROLES;
  }

  /** Returns the name of the pod template container that runs Spark. */
  public String containerName() {
    return containerName;
  }

  /**
   * Returns the role's short name, which is also the field under a kubeflow application's {@code spec} that
   * describes the pod: {@code driver}, {@code executor}, {@code master} or {@code worker}.
   */
  public String specField() {
    return specField;
  }

  /**
   * Returns this pod's settings in {@code spec}: {@code spec.driver()} or {@code spec.executor()}; empty for a
   * master or worker, which a kubeflow application has not.
   */
  public Optional<? extends SparkPodSpec> specIn(SparkApplicationSpec spec) {
    return switch (this) {
      case DRIVER -> spec.driver();
      case EXECUTOR -> spec.executor();
      case MASTER, WORKER -> Optional.empty();
    };
  }

  /** Returns whether this is a standalone cluster's role ({@link #MASTER}, {@link #WORKER}), not an application's. */
  public boolean isClusterRole() {
    return this == MASTER || this == WORKER;
  }
}
