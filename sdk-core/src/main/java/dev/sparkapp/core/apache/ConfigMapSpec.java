package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * A ConfigMap that the Apache operator creates beside an application ({@code spec.configMapSpecs[]}).
 * Values of {@code data} print as {@code ****} in {@code toString()}.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableConfigMapSpec.class)
@JsonDeserialize(as = ImmutableConfigMapSpec.class)
public interface ConfigMapSpec {
  /** The ConfigMap's name. Required by the CRD. <p>Manifest field {@code name}. */
  String name();

  /**
   * Labels of the ConfigMap. <p>Manifest field {@code labels}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> labels();

  /**
   * Annotations of the ConfigMap. <p>Manifest field {@code annotations}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> annotations();

  /**
   * The ConfigMap's data. <p>Manifest field {@code data}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  @Value.Redacted
  Map<String, String> data();

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

  /** Builds a {@link ConfigMapSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableConfigMapSpec.Builder {}
}
