package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * An extra Service and Ingress in front of a driver port ({@code spec.driverIngressOptions[]}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableDriverIngressConfiguration.class)
@JsonDeserialize(as = ImmutableDriverIngressConfiguration.class)
public interface DriverIngressConfiguration {
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
   * ServiceType allows configuring the type of the service. <p>Manifest field {@code serviceType}.
   */
  Optional<String> serviceType();

  /**
   * ServiceLabels is a map of key,value pairs of labels that might be added to the service object.
   * <p>Manifest field {@code serviceLabels}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> serviceLabels();

  /**
   * ServiceAnnotations is a map of key,value pairs of annotations that might be added to the service
   * object. <p>Manifest field {@code serviceAnnotations}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> serviceAnnotations();

  /**
   * IngressURLFormat is the URL for the ingress. <p>Manifest field {@code ingressURLFormat}.
   */
  Optional<String> ingressURLFormat();

  /**
   * IngressAnnotations is a map of key,value pairs of annotations that might be added to the ingress
   * object. <p>Manifest field {@code ingressAnnotations}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> ingressAnnotations();

  /**
   * TlsHosts is useful If we need to declare SSL certificates to the ingress object <p>Manifest field
   * {@code ingressTLS}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<IngressTLS> ingressTLS();

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
