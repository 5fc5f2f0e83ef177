package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * GPUs requested for a driver or executor pod ({@code gpu}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableGpuSpec.class)
@JsonDeserialize(as = ImmutableGpuSpec.class)
public interface GpuSpec {
  /**
   * Name is GPU resource name, such as: nvidia.com/gpu or amd.com/gpu <p>Manifest field {@code name}.
   */
  String name();

  /**
   * Quantity is the number of GPUs to request for driver or executor. <p>Manifest field {@code
   * quantity}.
   */
  Long quantity();

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

  /** Builds a {@link GpuSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableGpuSpec.Builder {}
}
