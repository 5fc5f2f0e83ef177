package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.core.apache.WorkerInstanceConfig;
import java.util.function.ToIntFunction;

/**
 * Assertions on a SparkCluster of the Apache Spark Kubernetes operator ({@code spark.apache.org}), a
 * standalone cluster of a master and workers; start with {@code SparkAssertions.assertThat(cluster)}.
 *
 * <pre>{@code
 * assertThat(prodCluster).hasSparkVersion("4.0.1").hasInitWorkers(3).hasMaxWorkers(3).isValid();
 * }</pre>
 *
 * <p>The pods the kind declares, with the Spark container its rule picks, are reached with {@link #master()},
 * {@link #worker()} or {@link #pod(SparkPod)}:
 *
 * <pre>{@code
 * assertThat(prodCluster).master().hasProbe(ProbeKind.LIVENESS, Probes.sparkUi());
 * }</pre>
 */
public class ApacheSparkClusterAssert extends AbstractApacheResourceAssert<ApacheSparkClusterAssert, ApacheSparkCluster> {

  /**
   * Creates an assertion on {@code actual}; prefer {@code SparkAssertions.assertThat(cluster)}.
   *
   * @param actual the cluster under test
   */
  public ApacheSparkClusterAssert(ApacheSparkCluster actual) {
    super(actual, ApacheSparkClusterAssert.class, ApacheSparkCluster.class, c -> c.spec().runtimeVersions());
  }

  /**
   * Checks {@code spec.clusterTolerations.instanceConfig.initWorkers}, the workers the operator starts with.
   *
   * @return this assertion
   */
  public ApacheSparkClusterAssert hasInitWorkers(int workers) {
    return hasWorkers("initWorkers", WorkerInstanceConfig::initWorkers, workers);
  }

  /**
   * Checks {@code spec.clusterTolerations.instanceConfig.minWorkers}.
   *
   * @return this assertion
   */
  public ApacheSparkClusterAssert hasMinWorkers(int workers) {
    return hasWorkers("minWorkers", WorkerInstanceConfig::minWorkers, workers);
  }

  /**
   * Checks {@code spec.clusterTolerations.instanceConfig.maxWorkers}.
   *
   * @return this assertion
   */
  public ApacheSparkClusterAssert hasMaxWorkers(int workers) {
    return hasWorkers("maxWorkers", WorkerInstanceConfig::maxWorkers, workers);
  }

  /**
   * Navigates to the master's pod template, {@code spec.masterSpec.statefulSetSpec.template}: {@code
   * pod(SparkPod.MASTER)}.
   */
  public PodTemplateAssert master() {
    return pod(SparkPod.MASTER);
  }

  /**
   * Navigates to the workers' pod template, {@code spec.workerSpec.statefulSetSpec.template}: {@code
   * pod(SparkPod.WORKER)}.
   */
  public PodTemplateAssert worker() {
    return pod(SparkPod.WORKER);
  }

  private ApacheSparkClusterAssert hasWorkers(String field, ToIntFunction<WorkerInstanceConfig> read, int expected) {
    FieldPath at = path().field("spec").field("clusterTolerations").field("instanceConfig").field(field);
    return hasFieldValue(at, c -> read.applyAsInt(c.spec().clusterTolerations().instanceConfig()), expected);
  }
}
