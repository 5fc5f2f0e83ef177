package dev.sparkapp.testing;

import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkConnectSpec;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.MapAssert;

/**
 * Assertions on a {@link SparkConnect}; start with {@code SparkAssertions.assertThat(connect)}.
 *
 * <pre>{@code
 * assertThat(connect).hasName("spark-connect").isValid()
 *     .server().readinessProbe().isTcpSocket(15002);
 * }</pre>
 */
public class SparkConnectAssert extends AbstractSparkMetadataAssert<SparkConnectAssert, SparkConnect> {

  /**
   * Creates an assertion on {@code actual}; prefer {@code SparkAssertions.assertThat(connect)}.
   *
   * @param actual the SparkConnect under test
   */
  public SparkConnectAssert(SparkConnect actual) {
    super(actual, SparkConnectAssert.class);
  }

  /**
   * Checks {@code spec.sparkVersion}.
   *
   * @return this assertion
   */
  public SparkConnectAssert hasSparkVersion(String sparkVersion) {
    return hasFieldValue(path().field("spec").field("sparkVersion"), c -> c.spec().sparkVersion(), sparkVersion);
  }

  /**
   * Checks {@code spec.image}.
   *
   * @return this assertion
   */
  public SparkConnectAssert hasImage(String image) {
    return hasFieldValue(path().field("spec").field("image"), c -> c.spec().image(), image);
  }

  /**
   * Navigates to {@code spec.sparkConf} as an AssertJ map assertion, described by its path unless a
   * description was set. A {@code sparkConf} that is not set is a {@code null} map: checks on it fail with
   * "spec.sparkConf is not set", and {@code isNull()} passes.
   */
  public MapAssert<String, String> sparkConf() {
    return navigateToMap(path().field("spec").field("sparkConf"), c -> c.spec().sparkConf());
  }

  /** Navigates to {@code spec.server}, the Spark Connect server pod. */
  public ConnectServerSpecAssert server() {
    return navigate(path().field("spec").field("server"), c -> spec(c).server().orElse(null),
        ConnectServerSpecAssert::new).usingSparkConf(actual == null ? null : actual.spec().sparkConf());
  }

  /** Navigates to {@code spec.executor}. */
  public ConnectExecutorSpecAssert executor() {
    return navigate(path().field("spec").field("executor"), c -> spec(c).executor().orElse(null),
        ConnectExecutorSpecAssert::new).usingSparkConf(actual == null ? null : actual.spec().sparkConf());
  }

  private static SparkConnectSpec spec(SparkConnect connect) {
    return connect.spec();
  }
}
