package dev.sparkapp.testing;

import dev.sparkapp.core.DriverSpec;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;

/**
 * Assertions on the driver of a Spark application ({@code spec.driver}); its Spark container is the
 * template container named {@code spark-kubernetes-driver}.
 */
public class DriverSpecAssert extends AbstractSparkPodSpecAssert<DriverSpecAssert, DriverSpec> {
  /**
   * Creates an assertion on {@code actual}; prefer {@code assertThat(app).driver()}.
   *
   * @param actual the driver under test, or {@code null} when not set
   */
  public DriverSpecAssert(DriverSpec actual) {
    super(actual, DriverSpecAssert.class, declared(SparkApplication.class, SparkPod.DRIVER));
  }
}
