package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sparkapp.core.InvalidArgumentException;

/**
 * Where an Apache operator application's driver runs ({@code spec.deploymentMode}). <p>Each constant
 * serializes to the exact spelling the CRD uses, given by {@link #value()}.
 */
public enum DeploymentMode {
  /** {@code ClusterMode}: in a driver pod that the operator starts (the operator's default) */
  @JsonProperty("ClusterMode")
  CLUSTER_MODE("ClusterMode"),
  /** {@code ClientMode}: in the submitting process */
  @JsonProperty("ClientMode")
  CLIENT_MODE("ClientMode");

  private final String value;

  DeploymentMode(String value) {
    this.value = value;
  }

  /** Returns the spelling used in manifests, for example {@code "ClusterMode"}. */
  public String value() {
    return value;
  }

  /**
   * Returns the constant spelled {@code value} in a manifest.
   *
   * @throws InvalidArgumentException if no constant has that spelling; the message lists the valid ones
   */
  public static DeploymentMode fromValue(String value) {
    return ApacheEnums.parse(values(), value, "DeploymentMode");
  }

  @Override
  public String toString() {
    return value;
  }
}
