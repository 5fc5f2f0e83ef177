package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.yaml.Manifest;
import dev.sparkapp.yaml.SparkYaml;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.AssertFactory;

/**
 * Assertions on the resources of a manifest, one per YAML document: find its SparkApplication or
 * ScheduledSparkApplication and assert on it, or compare the whole manifest with a snapshot. Start with
 * {@code SparkAssertions.assertThatYaml(text)} or {@code assertThatYaml(path)}.
 *
 * <pre>{@code
 * assertThatYaml(Path.of("build/helm/spark-pi.yaml"))
 *     .application()
 *     .hasImage("apache/spark:4.0.1");
 * }</pre>
 */
public class ManifestAssert extends AbstractSparkAssert<ManifestAssert, List<?>> {

  /**
   * Creates an assertion on the resources of a manifest; prefer {@code SparkAssertions.assertThatYaml}.
   *
   * @param resources the resources, in document order
   */
  public ManifestAssert(List<?> resources) {
    super(resources, ManifestAssert.class);
  }

  /**
   * Reads a manifest with {@link SparkYaml#strict()}, turning a read failure into an assertion failure
   * that names the file, line and column.
   */
  static List<Object> read(Supplier<Manifest> reading) {
    try {
      return reading.get().resources();
    } catch (SparkAppException e) {
      throw new AssertionError(String.format("%nExpecting a readable manifest%nbut:%n  %s", e.getMessage()), e);
    }
  }

  /** Navigates to the manifest's only SparkApplication. */
  public SparkApplicationAssert application() {
    return resource(SparkApplication.class, SparkApplication.KIND, null, SparkApplicationAssert::new);
  }

  /** Navigates to the manifest's SparkApplication whose {@code metadata.name} is {@code name}. */
  public SparkApplicationAssert application(String name) {
    return resource(SparkApplication.class, SparkApplication.KIND, name, SparkApplicationAssert::new);
  }

  /** Navigates to the manifest's only ScheduledSparkApplication. */
  public ScheduledSparkApplicationAssert scheduledApplication() {
    return resource(ScheduledSparkApplication.class, ScheduledSparkApplication.KIND, null,
        ScheduledSparkApplicationAssert::new);
  }

  /** Navigates to the manifest's ScheduledSparkApplication whose {@code metadata.name} is {@code name}. */
  public ScheduledSparkApplicationAssert scheduledApplication(String name) {
    return resource(ScheduledSparkApplication.class, ScheduledSparkApplication.KIND, name,
        ScheduledSparkApplicationAssert::new);
  }

  /**
   * Checks that every SparkApplication and ScheduledSparkApplication of the manifest is valid: the CRD
   * schema and the SDK's rules find no error. Resources of other kinds are not checked. The failure lists
   * every violation, warnings included.
   *
   * @return this assertion
   */
  public ManifestAssert isValid() {
    isNotNull();
    return hasNoValidationErrors("the manifest", actual);
  }

  /**
   * Checks that the canonical YAML of every resource, as one multi-document stream ({@code
   * SparkYaml.strict().toYaml(resources)}), equals the snapshot file; otherwise fails with a unified
   * diff. Missing snapshots are written, as for {@link SparkApplicationAssert#matchesSnapshot(Path)}.
   *
   * @param snapshot the snapshot file
   * @return this assertion
   */
  public ManifestAssert matchesSnapshot(Path snapshot) {
    isNotNull();
    return matchesSnapshot(SparkYaml.strict().toYaml(actual), snapshot);
  }

  private <R extends SparkResource, A extends AbstractSparkAssert<A, R>> A resource(
      Class<R> type, String kind, String name, AssertFactory<R, A> factory) {
    List<R> candidates = actual == null ? List.of() : actual.stream()
        .filter(type::isInstance).map(type::cast)
        .filter(r -> name == null || name.equals(r.name().orElse(null)))
        .toList();
    String absence;
    if (name != null) {
      absence = "the manifest holds no " + kind + " named \"" + name + "\"";
    } else if (candidates.isEmpty()) {
      absence = "the manifest holds no " + kind;
    } else {
      absence = "the manifest holds " + candidates.size() + " " + kind + "s; name the one to check";
    }
    R only = candidates.size() == 1 ? candidates.get(0) : null;
    return navigate(FieldPath.root(), absence, resources -> only, factory);
  }
}
