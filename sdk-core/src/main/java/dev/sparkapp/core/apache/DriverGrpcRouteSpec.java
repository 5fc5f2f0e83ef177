package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GRPCRouteSpec;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Service and a Gateway API GRPCRoute that the Apache operator creates in front of the driver
 * ({@code spec.driverGrpcRouteList[]}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableDriverGrpcRouteSpec.class)
@JsonDeserialize(as = ImmutableDriverGrpcRouteSpec.class)
public interface DriverGrpcRouteSpec {
  /** Metadata of the Service. Required by the CRD. <p>Manifest field {@code serviceMetadata}. */
  ObjectMeta serviceMetadata();

  /**
   * The Service; the operator selects the driver pod. Required by the CRD. <p>Manifest field {@code
   * serviceSpec}.
   */
  ServiceSpec serviceSpec();

  /**
   * Metadata of the GRPCRoute. Required by the CRD. <p>Manifest field {@code grpcRouteMetadata}.
   */
  ObjectMeta grpcRouteMetadata();

  /** The GRPCRoute. <p>Manifest field {@code grpcRouteSpec}. */
  Optional<GRPCRouteSpec> grpcRouteSpec();

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

  /** Builds a {@link DriverGrpcRouteSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableDriverGrpcRouteSpec.Builder {}
}
