package dev.sparkapp.testing;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.SparkResource;
import java.util.function.Consumer;
import org.assertj.core.api.MapAssert;

/**
 * Assertions shared by {@link SparkApplicationAssert} and {@link ScheduledSparkApplicationAssert}: on top
 * of metadata, validity and snapshots ({@link AbstractSparkMetadataAssert}), the application spec ({@code
 * spec}, or {@code spec.template} of a scheduled application).
 *
 * @param <SELF> the concrete assertion type
 * @param <ACTUAL> {@code SparkApplication} or {@code ScheduledSparkApplication}
 */
public abstract class AbstractSparkResourceAssert<SELF extends AbstractSparkResourceAssert<SELF, ACTUAL>,
    ACTUAL extends SparkResource> extends AbstractSparkMetadataAssert<SELF, ACTUAL> {

  AbstractSparkResourceAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** Navigates to the application spec: {@code spec} or {@code spec.template}. */
  abstract SparkApplicationSpecAssert applicationSpec();

  /** Runs {@code check} on the application spec and returns this assertion for chaining. */
  private SELF onApplicationSpec(Consumer<SparkApplicationSpecAssert> check) {
    check.accept(applicationSpec());
    return myself;
  }

  /**
   * Checks the application's {@code image}.
   *
   * @return this assertion
   */
  public SELF hasImage(String image) {
    return onApplicationSpec(spec -> spec.hasImage(image));
  }

  /**
   * Checks the application's {@code type}.
   *
   * @return this assertion
   */
  public SELF hasType(SparkApplicationType type) {
    return onApplicationSpec(spec -> spec.hasType(type));
  }

  /**
   * Checks the application's {@code mode}.
   *
   * @return this assertion
   */
  public SELF hasMode(DeployMode mode) {
    return onApplicationSpec(spec -> spec.hasMode(mode));
  }

  /**
   * Checks the application's {@code sparkVersion}.
   *
   * @return this assertion
   */
  public SELF hasSparkVersion(String sparkVersion) {
    return onApplicationSpec(spec -> spec.hasSparkVersion(sparkVersion));
  }

  /**
   * Checks the application's {@code restartPolicy.type}.
   *
   * @return this assertion
   */
  public SELF hasRestartPolicy(RestartPolicyType type) {
    return onApplicationSpec(spec -> spec.hasRestartPolicy(type));
  }

  /** Navigates to the application's {@code sparkConf}; see {@link SparkApplicationSpecAssert#sparkConf()}. */
  public MapAssert<String, String> sparkConf() {
    return applicationSpec().sparkConf();
  }

  /** Navigates to the application's {@code driver}. */
  public DriverSpecAssert driver() {
    return applicationSpec().driver();
  }

  /** Navigates to the application's {@code executor}. */
  public ExecutorSpecAssert executor() {
    return applicationSpec().executor();
  }
}
