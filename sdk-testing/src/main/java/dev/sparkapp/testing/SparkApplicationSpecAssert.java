package dev.sparkapp.testing;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicy;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkApplicationType;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.MapAssert;

/**
 * Assertions on a {@link SparkApplicationSpec}: the {@code spec} of a SparkApplication or the {@code
 * spec.template} of a ScheduledSparkApplication. {@link SparkApplicationAssert} and {@link
 * ScheduledSparkApplicationAssert} offer the same checks directly.
 */
public class SparkApplicationSpecAssert extends AbstractSparkAssert<SparkApplicationSpecAssert, SparkApplicationSpec> {

  /**
   * Creates an assertion on {@code actual}; prefer {@code assertThat(app).spec()} or {@code
   * assertThat(scheduled).template()}.
   *
   * @param actual the spec under test, or {@code null} when not set
   */
  public SparkApplicationSpecAssert(SparkApplicationSpec actual) {
    super(actual, SparkApplicationSpecAssert.class);
  }

  /**
   * Checks {@code image}.
   *
   * @return this assertion
   */
  public SparkApplicationSpecAssert hasImage(String image) {
    return hasFieldValue(path().field("image"), SparkApplicationSpec::image, image);
  }

  /**
   * Checks {@code type}.
   *
   * @return this assertion
   */
  public SparkApplicationSpecAssert hasType(SparkApplicationType type) {
    return hasFieldValue(path().field("type"), SparkApplicationSpec::type, type);
  }

  /**
   * Checks {@code mode}.
   *
   * @return this assertion
   */
  public SparkApplicationSpecAssert hasMode(DeployMode mode) {
    return hasFieldValue(path().field("mode"), SparkApplicationSpec::mode, mode);
  }

  /**
   * Checks {@code sparkVersion}.
   *
   * @return this assertion
   */
  public SparkApplicationSpecAssert hasSparkVersion(String sparkVersion) {
    return hasFieldValue(path().field("sparkVersion"), SparkApplicationSpec::sparkVersion, sparkVersion);
  }

  /**
   * Checks {@code restartPolicy.type}.
   *
   * @return this assertion
   */
  public SparkApplicationSpecAssert hasRestartPolicy(RestartPolicyType type) {
    return hasFieldValue(path().field("restartPolicy").field("type"),
        spec -> spec.restartPolicy().flatMap(RestartPolicy::type), type);
  }

  /**
   * Navigates to {@code sparkConf} as an AssertJ {@link MapAssert}, described as {@code spec.sparkConf}
   * unless a description was set. A {@code sparkConf} that is not set is a {@code null} map: checks on it
   * fail with "spec.sparkConf is not set", and {@code isNull()} passes.
   */
  public MapAssert<String, String> sparkConf() {
    return navigateToMap(path().field("sparkConf"), SparkApplicationSpec::sparkConf);
  }

  /** Navigates to {@code driver}. */
  public DriverSpecAssert driver() {
    return navigate(path().field("driver"), spec -> spec.driver().orElse(null), DriverSpecAssert::new)
        .usingSparkConf(actual == null ? null : actual.sparkConf());
  }

  /** Navigates to {@code executor}. */
  public ExecutorSpecAssert executor() {
    return navigate(path().field("executor"), spec -> spec.executor().orElse(null), ExecutorSpecAssert::new)
        .usingSparkConf(actual == null ? null : actual.sparkConf());
  }
}
