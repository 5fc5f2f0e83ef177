package dev.sparkapp.testing;

import dev.sparkapp.core.DriverSpec;

/**
 * Assertions on the driver of a Spark application ({@code spec.driver}); its Spark container is the
 * template container named {@code spark-kubernetes-driver}.
 */
public class DriverSpecAssert extends AbstractSparkPodSpecAssert<DriverSpecAssert, DriverSpec> {
  /** The name the spark-operator gives the driver's Spark container. */
  static final String SPARK_CONTAINER = "spark-kubernetes-driver";

  /**
   * Creates an assertion on {@code actual}; prefer {@code assertThat(app).driver()}.
   *
   * @param actual the driver under test, or {@code null} when not set
   */
  public DriverSpecAssert(DriverSpec actual) {
    super(actual, DriverSpecAssert.class, SPARK_CONTAINER);
  }
}
