package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteSpec;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Service and a Gateway API HTTPRoute that the Apache operator creates in front of the driver
 * ({@code spec.driverHttpRouteList[]}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableDriverHttpRouteSpec.class)
@JsonDeserialize(as = ImmutableDriverHttpRouteSpec.class)
public interface DriverHttpRouteSpec {
  /** Metadata of the Service. Required by the CRD. <p>Manifest field {@code serviceMetadata}. */
  ObjectMeta serviceMetadata();

  /**
   * The Service; the operator selects the driver pod. Required by the CRD. <p>Manifest field {@code
   * serviceSpec}.
   */
  ServiceSpec serviceSpec();

  /**
   * Metadata of the HTTPRoute. Required by the CRD. <p>Manifest field {@code httpRouteMetadata}.
   */
  ObjectMeta httpRouteMetadata();

  /** The HTTPRoute. <p>Manifest field {@code httpRouteSpec}. */
  Optional<HTTPRouteSpec> httpRouteSpec();

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

  /** Builds a {@link DriverHttpRouteSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableDriverHttpRouteSpec.Builder {}
}
