package dev.sparkapp.testing;

import dev.sparkapp.core.SparkApplication;

/**
 * Assertions on a {@link SparkApplication}; start with {@code SparkAssertions.assertThat(app)}.
 */
public class SparkApplicationAssert extends AbstractSparkResourceAssert<SparkApplicationAssert, SparkApplication> {

  /**
   * Creates an assertion on {@code actual}; prefer {@code SparkAssertions.assertThat(app)}.
   *
   * @param actual the application under test
   */
  public SparkApplicationAssert(SparkApplication actual) {
    super(actual, SparkApplicationAssert.class);
  }

  /** Navigates to {@code spec}. */
  public SparkApplicationSpecAssert spec() {
    return navigate(path().field("spec"), SparkApplication::spec, SparkApplicationSpecAssert::new);
  }

  @Override
  SparkApplicationSpecAssert applicationSpec() {
    return spec();
  }
}
