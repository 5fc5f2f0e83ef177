package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the Spark Connect server of a SparkConnect runs ({@code status.server}), as the operator reports it.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableConnectServerStatus.class)
@JsonDeserialize(as = ImmutableConnectServerStatus.class)
public interface ConnectServerStatus {
  /**
   * PodName is the name of the pod that is running the Spark Connect server. <p>Manifest field {@code podName}.
   */
  Optional<String> podName();

  /**
   * PodIP is the IP address of the pod that is running the Spark Connect server. <p>Manifest field {@code podIp}.
   */
  Optional<String> podIp();

  /**
   * ServiceName is the name of the service that is exposing the Spark Connect server. <p>Manifest field
   * {@code serviceName}.
   */
  Optional<String> serviceName();

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

  /** Builds a {@link ConnectServerStatus}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableConnectServerStatus.Builder {}
}
