package dev.sparkapp.testing;

import dev.sparkapp.core.ConcurrencyPolicy;
import dev.sparkapp.core.ScheduledSparkApplication;

/**
 * Assertions on a {@link ScheduledSparkApplication}; start with {@code SparkAssertions.assertThat(app)}.
 * The application checks ({@code hasImage}, {@code driver()}, ...) read {@code spec.template}.
 */
public class ScheduledSparkApplicationAssert
    extends AbstractSparkResourceAssert<ScheduledSparkApplicationAssert, ScheduledSparkApplication> {

  /**
   * Creates an assertion on {@code actual}; prefer {@code SparkAssertions.assertThat(scheduled)}.
   *
   * @param actual the scheduled application under test
   */
  public ScheduledSparkApplicationAssert(ScheduledSparkApplication actual) {
    super(actual, ScheduledSparkApplicationAssert.class);
  }

  /**
   * Checks {@code spec.schedule}, the cron expression.
   *
   * @return this assertion
   */
  public ScheduledSparkApplicationAssert hasSchedule(String schedule) {
    return hasFieldValue(path().field("spec").field("schedule"), s -> s.spec().schedule(), schedule);
  }

  /**
   * Checks {@code spec.concurrencyPolicy}.
   *
   * @return this assertion
   */
  public ScheduledSparkApplicationAssert hasConcurrencyPolicy(ConcurrencyPolicy policy) {
    return hasFieldValue(path().field("spec").field("concurrencyPolicy"),
        s -> s.spec().concurrencyPolicy(), policy.value());
  }

  /** Navigates to {@code spec.template}, the spec of the applications it runs. */
  public SparkApplicationSpecAssert template() {
    return navigate(path().field("spec").field("template"),
        s -> s.spec().template().orElse(null), SparkApplicationSpecAssert::new);
  }

  @Override
  SparkApplicationSpecAssert applicationSpec() {
    return template();
  }
}
