package dev.sparkapp.testing;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.yaml.SparkYaml;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.MapAssert;

/**
 * Assertions shared by {@link SparkApplicationAssert} and {@link ScheduledSparkApplicationAssert}:
 * metadata, the application spec ({@code spec}, or {@code spec.template} of a scheduled application),
 * validity and snapshots.
 *
 * @param <SELF> the concrete assertion type
 * @param <ACTUAL> {@code SparkApplication} or {@code ScheduledSparkApplication}
 */
public abstract class AbstractSparkResourceAssert<SELF extends AbstractSparkResourceAssert<SELF, ACTUAL>,
    ACTUAL extends SparkResource> extends AbstractSparkAssert<SELF, ACTUAL> {

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
   * Checks {@code metadata.name}.
   *
   * @return this assertion
   */
  public SELF hasName(String name) {
    return hasFieldValue(path().field("metadata").field("name"), SparkResource::name, name);
  }

  /**
   * Checks {@code metadata.namespace}.
   *
   * @return this assertion
   */
  public SELF hasNamespace(String namespace) {
    return hasFieldValue(path().field("metadata").field("namespace"), SparkResource::namespace, namespace);
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

  /**
   * Checks that the resource is valid: the CRD schema and the SDK's rules ({@code
   * ManifestValidator.defaults()}) find no error. The failure lists every violation, warnings included,
   * each as {@code PATH: severity: message [rule-id]}.
   *
   * @return this assertion
   */
  public SELF isValid() {
    isNotNull();
    return hasNoValidationErrors(actual.kind() + " " + render(actual.name().orElse("")), List.of(actual));
  }

  /**
   * Checks that the canonical YAML of the resource ({@code SparkYaml.strict().toYaml(resource)}, so
   * followed by its companions, such as the log4j2 ConfigMap of a log-staleness probe) equals the
   * snapshot file {@code snapshot}; on a difference, fails with a unified diff. A missing snapshot is
   * written (and the test prints so on standard error); so is every snapshot when the system property
   * {@code sparkapp.updateSnapshots} is {@code true}. Snapshots are written atomically. On CI (the
   * {@code CI} environment variable is set) a missing snapshot fails instead.
   *
   * @param snapshot the snapshot file, for example {@code src/test/resources/snapshots/spark-pi.yaml}
   * @return this assertion
   */
  public SELF matchesSnapshot(Path snapshot) {
    isNotNull();
    return matchesSnapshot(SparkYaml.strict().toYaml(actual), snapshot);
  }

  /** Navigates to the application's {@code executor}. */
  public ExecutorSpecAssert executor() {
    return applicationSpec().executor();
  }
}
