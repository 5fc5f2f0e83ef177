package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where the running driver and its UI are ({@code status.driverInfo}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableDriverInfo.class)
@JsonDeserialize(as = ImmutableDriverInfo.class)
public interface DriverInfo {
  /**
   * See the CRD. <p>Manifest field {@code webUIServiceName}.
   */
  Optional<String> webUIServiceName();

  /**
   * UI Details for the UI created via ClusterIP service accessible from within the cluster. <p>Manifest
   * field {@code webUIAddress}.
   */
  Optional<String> webUIAddress();

  /**
   * See the CRD. <p>Manifest field {@code webUIPort}.
   */
  Optional<Integer> webUIPort();

  /**
   * Ingress Details if an ingress for the UI was created. <p>Manifest field {@code webUIIngressName}.
   */
  Optional<String> webUIIngressName();

  /**
   * See the CRD. <p>Manifest field {@code webUIIngressAddress}.
   */
  Optional<String> webUIIngressAddress();

  /**
   * See the CRD. <p>Manifest field {@code podName}.
   */
  Optional<String> podName();

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

  /** Builds a {@link DriverInfo}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableDriverInfo.Builder {}
}
