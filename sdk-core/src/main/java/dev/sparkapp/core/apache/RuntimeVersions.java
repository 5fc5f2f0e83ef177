package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The versions an Apache operator resource runs ({@code spec.runtimeVersions}); the operator labels
 * pods with the Spark version and substitutes it for {@code {{SPARK_VERSION}}} in {@code
 * spark.kubernetes.*container.image} values of {@code sparkConf}.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableRuntimeVersions.class)
@JsonDeserialize(as = ImmutableRuntimeVersions.class)
public interface RuntimeVersions {
  /**
   * The Spark version, for example {@code 4.0.1}. Required by the CRD. <p>Manifest field {@code
   * sparkVersion}.
   */
  String sparkVersion();

  /** The Scala version. <p>Manifest field {@code scalaVersion}. */
  Optional<String> scalaVersion();

  /** The JDK version. <p>Manifest field {@code jdkVersion}. */
  Optional<String> jdkVersion();

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

  /** Builds a {@link RuntimeVersions}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableRuntimeVersions.Builder {}
}
