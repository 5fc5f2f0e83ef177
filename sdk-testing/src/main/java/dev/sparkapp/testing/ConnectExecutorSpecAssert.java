package dev.sparkapp.testing;

import dev.sparkapp.core.ConnectExecutorSpec;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkPod;

/**
 * Assertions on the executors of a SparkConnect ({@code spec.executor}); their Spark container is the
 * template container named {@code spark-kubernetes-executor}.
 */
public class ConnectExecutorSpecAssert
    extends AbstractSparkPodAssert<ConnectExecutorSpecAssert, ConnectExecutorSpec> {
  /**
   * Creates an assertion on {@code actual}; prefer {@code assertThat(connect).executor()}.
   *
   * @param actual the executor spec under test, or {@code null} when not set
   */
  public ConnectExecutorSpecAssert(ConnectExecutorSpec actual) {
    super(actual, ConnectExecutorSpecAssert.class, declared(SparkConnect.class, SparkPod.EXECUTOR));
  }

  /**
   * Checks {@code instances}.
   *
   * @return this assertion
   */
  public ConnectExecutorSpecAssert hasInstances(int instances) {
    return hasFieldValue(path().field("instances"), ConnectExecutorSpec::instances, instances);
  }
}
