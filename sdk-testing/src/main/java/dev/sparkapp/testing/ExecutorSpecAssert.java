package dev.sparkapp.testing;

import dev.sparkapp.core.ExecutorSpec;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;

/**
 * Assertions on the executors of a Spark application ({@code spec.executor}); their Spark container is
 * the template container named {@code spark-kubernetes-executor}.
 */
public class ExecutorSpecAssert extends AbstractSparkPodSpecAssert<ExecutorSpecAssert, ExecutorSpec> {
  /**
   * Creates an assertion on {@code actual}; prefer {@code assertThat(app).executor()}.
   *
   * @param actual the executor spec under test, or {@code null} when not set
   */
  public ExecutorSpecAssert(ExecutorSpec actual) {
    super(actual, ExecutorSpecAssert.class, declared(SparkApplication.class, SparkPod.EXECUTOR));
  }

  /**
   * Checks {@code instances}.
   *
   * @return this assertion
   */
  public ExecutorSpecAssert hasInstances(int instances) {
    return hasFieldValue(path().field("instances"), ExecutorSpec::instances, instances);
  }
}
