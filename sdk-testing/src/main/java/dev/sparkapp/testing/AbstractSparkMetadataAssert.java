package dev.sparkapp.testing;

import dev.sparkapp.core.SparkResource;
import dev.sparkapp.yaml.SparkYaml;
import java.nio.file.Path;
import java.util.List;

/**
 * Assertions every resource of the operator shares ({@link SparkApplicationAssert}, {@link
 * ScheduledSparkApplicationAssert}, {@link SparkConnectAssert}): metadata, validity and snapshots.
 *
 * @param <SELF> the concrete assertion type
 * @param <ACTUAL> the resource type
 */
public abstract class AbstractSparkMetadataAssert<SELF extends AbstractSparkMetadataAssert<SELF, ACTUAL>,
    ACTUAL extends SparkResource> extends AbstractSparkAssert<SELF, ACTUAL> {

  AbstractSparkMetadataAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
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
   * Checks that the canonical YAML of the resource ({@code SparkYaml.strict().toYaml(resource)}) equals
   * the snapshot file {@code snapshot}; on a difference, fails with a unified diff. A missing snapshot is
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
}
