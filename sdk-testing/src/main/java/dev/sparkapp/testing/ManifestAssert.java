package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.yaml.Manifest;
import dev.sparkapp.yaml.SparkYaml;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.assertj.core.api.AssertFactory;

/**
 * Assertions on the resources of a manifest, one per YAML document: find its SparkApplication,
 * ScheduledSparkApplication or SparkConnect, the Apache operator's SparkApplication or SparkCluster (or, with {@link #resource(Class, AssertFactory)}, a resource
 * of any kind the SDK reads) and assert on it, or compare the whole manifest with a snapshot. Start with
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
    return resource(SparkApplication.class, SparkApplicationAssert::new);
  }

  /** Navigates to the manifest's SparkApplication whose {@code metadata.name} is {@code name}. */
  public SparkApplicationAssert application(String name) {
    return resource(SparkApplication.class, name, SparkApplicationAssert::new);
  }

  /** Navigates to the manifest's only ScheduledSparkApplication. */
  public ScheduledSparkApplicationAssert scheduledApplication() {
    return resource(ScheduledSparkApplication.class, ScheduledSparkApplicationAssert::new);
  }

  /** Navigates to the manifest's ScheduledSparkApplication whose {@code metadata.name} is {@code name}. */
  public ScheduledSparkApplicationAssert scheduledApplication(String name) {
    return resource(ScheduledSparkApplication.class, name, ScheduledSparkApplicationAssert::new);
  }

  /** Navigates to the manifest's only SparkConnect. */
  public SparkConnectAssert sparkConnect() {
    return resource(SparkConnect.class, SparkConnectAssert::new);
  }

  /** Navigates to the manifest's SparkConnect whose {@code metadata.name} is {@code name}. */
  public SparkConnectAssert sparkConnect(String name) {
    return resource(SparkConnect.class, name, SparkConnectAssert::new);
  }

  /** Navigates to the manifest's only SparkApplication of the Apache operator ({@code spark.apache.org}). */
  public ApacheSparkApplicationAssert apacheApplication() {
    return resource(ApacheSparkApplication.class, ApacheSparkApplicationAssert::new);
  }

  /** Navigates to the manifest's Apache operator SparkApplication whose {@code metadata.name} is {@code name}. */
  public ApacheSparkApplicationAssert apacheApplication(String name) {
    return resource(ApacheSparkApplication.class, name, ApacheSparkApplicationAssert::new);
  }

  /** Navigates to the manifest's only SparkCluster of the Apache operator ({@code spark.apache.org}). */
  public ApacheSparkClusterAssert apacheCluster() {
    return resource(ApacheSparkCluster.class, ApacheSparkClusterAssert::new);
  }

  /** Navigates to the manifest's Apache operator SparkCluster whose {@code metadata.name} is {@code name}. */
  public ApacheSparkClusterAssert apacheCluster(String name) {
    return resource(ApacheSparkCluster.class, name, ApacheSparkClusterAssert::new);
  }

  /**
   * Navigates to the manifest's only resource of {@code type}, of any kind the SDK reads, with the
   * assertion {@code factory} creates: {@code resource(SparkConnect.class, SparkAssertions::assertThat)}.
   * When the manifest holds none or several, the check that follows fails and says so, as for {@link
   * #application()}.
   *
   * @param type the resource's class, such as {@code SparkConnect.class}
   * @param factory creates the assertion for the resource, such as {@code SparkAssertions::assertThat}
   * @param <R> the resource's type
   * @param <A> the assertion's type
   * @return the assertion on the resource, or on {@code null} when there is not exactly one
   */
  public <R extends SparkResource, A extends AbstractSparkAssert<A, R>> A resource(
      Class<R> type, AssertFactory<R, A> factory) {
    return find(type, null, factory);
  }

  /**
   * Navigates to the manifest's resource of {@code type} whose {@code metadata.name} is {@code name}; see
   * {@link #resource(Class, AssertFactory)}.
   *
   * @param type the resource's class, such as {@code SparkConnect.class}
   * @param name the resource's {@code metadata.name}
   * @param factory creates the assertion for the resource, such as {@code SparkAssertions::assertThat}
   * @param <R> the resource's type
   * @param <A> the assertion's type
   * @return the assertion on the resource, or on {@code null} when there is none of that name
   */
  public <R extends SparkResource, A extends AbstractSparkAssert<A, R>> A resource(
      Class<R> type, String name, AssertFactory<R, A> factory) {
    return find(type, Objects.requireNonNull(name, "name"), factory);
  }

  /**
   * Checks that every resource of the manifest, of any kind the SDK reads, is valid: its CRD schema and the
   * SDK's rules find no error. The failure lists every violation, warnings included.
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

  private <R extends SparkResource, A extends AbstractSparkAssert<A, R>> A find(
      Class<R> type, String name, AssertFactory<R, A> factory) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(factory, "factory");
    String kind = type.getSimpleName();
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
