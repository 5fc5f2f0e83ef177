package dev.sparkapp.testing;

import dev.sparkapp.core.ExecutorSpec;

/**
 * Assertions on the executors of a Spark application ({@code spec.executor}); their Spark container is
 * the template container named {@code spark-kubernetes-executor}.
 */
public class ExecutorSpecAssert extends AbstractSparkPodSpecAssert<ExecutorSpecAssert, ExecutorSpec> {
  /** The name the spark-operator gives the executors' Spark container. */
  static final String SPARK_CONTAINER = "spark-kubernetes-executor";

  /**
   * Creates an assertion on {@code actual}; prefer {@code assertThat(app).executor()}.
   *
   * @param actual the executor spec under test, or {@code null} when not set
   */
  public ExecutorSpecAssert(ExecutorSpec actual) {
    super(actual, ExecutorSpecAssert.class, SPARK_CONTAINER);
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
