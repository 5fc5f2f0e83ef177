package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An extra Service and Ingress in front of a driver port ({@code spec.driverIngressOptions[]}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableDriverIngressConfiguration.class)
@JsonDeserialize(as = ImmutableDriverIngressConfiguration.class)
public interface DriverIngressConfiguration extends ServiceIngressOptions {
  /**
   * ServicePort allows configuring the port at service level that might be different from the
   * targetPort. <p>Manifest field {@code servicePort}.
   */
  Integer servicePort();

  /**
   * ServicePortName allows configuring the name of the service port. <p>Manifest field {@code
   * servicePortName}.
   */
  String servicePortName();




  /**
   * IngressURLFormat is the URL for the ingress. <p>Manifest field {@code ingressURLFormat}.
   */
  Optional<String> ingressURLFormat();



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

  /** Builds a {@link DriverIngressConfiguration}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableDriverIngressConfiguration.Builder {}
}
