package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * Dependencies of a Spark application: jars, files, Python files, packages and archives ({@code
 * spec.deps}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableDependencies.class)
@JsonDeserialize(as = ImmutableDependencies.class)
public interface Dependencies {
  /**
   * Jars is a list of JAR files the Spark application depends on. <p>Manifest field {@code jars}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<String> jars();

  /**
   * Files is a list of files the Spark application depends on. <p>Manifest field {@code files}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<String> files();

  /**
   * PyFiles is a list of Python files the Spark application depends on. <p>Manifest field {@code
   * pyFiles}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<String> pyFiles();

  /**
   * Packages is a list of maven coordinates of jars to include on the driver and executor classpaths.
   * <p>Manifest field {@code packages}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<String> packages();

  /**
   * ExcludePackages is a list of "groupId:artifactId", to exclude while resolving the dependencies
   * provided in Packages to avoid dependency conflicts. <p>Manifest field {@code excludePackages}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<String> excludePackages();

  /**
   * Repositories is a list of additional remote repositories to search for the maven coordinate given
   * with the "packages" option. <p>Manifest field {@code repositories}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<String> repositories();

  /**
   * Archives is a list of archives to be extracted into the working directory of each executor.
   * <p>Manifest field {@code archives}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<String> archives();

  /**
   * Fields the SDK does not model, kept only when a manifest was read in lenient mode so that they are
   * written back rather than dropped. Empty for values built in code.
   */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Dependencies}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableDependencies.Builder {}
}
