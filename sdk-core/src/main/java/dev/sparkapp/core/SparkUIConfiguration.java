package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Service and Ingress the operator creates for the Spark UI ({@code spec.sparkUIOptions}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableSparkUIConfiguration.class)
@JsonDeserialize(as = ImmutableSparkUIConfiguration.class)
public interface SparkUIConfiguration extends ServiceIngressOptions {
  /**
   * ServicePort allows configuring the port at service level that might be different from the
   * targetPort. <p>Manifest field {@code servicePort}.
   */
  Optional<Integer> servicePort();

  /**
   * ServicePortName allows configuring the name of the service port. <p>Manifest field {@code
   * servicePortName}.
   */
  Optional<String> servicePortName();






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

  /** Builds a {@link SparkUIConfiguration}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableSparkUIConfiguration.Builder {}
}
