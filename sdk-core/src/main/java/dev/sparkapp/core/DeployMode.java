package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the driver runs ({@code spec.mode}).
 *
 * <p>Each constant serializes to the exact spelling the CRD uses, given by {@link #value()}.
 */
public enum DeployMode {
  /** {@code cluster}. */
  @JsonProperty("cluster")
  CLUSTER("cluster"),
  /** {@code client}. */
  @JsonProperty("client")
  CLIENT("client");

  private final String value;

  DeployMode(String value) {
    this.value = value;
  }

  /** Returns the spelling used in manifests, for example {@code "cluster"}. */
  public String value() {
    return value;
  }

  /**
   * Returns the constant spelled {@code value} in a manifest.
   *
   * @throws InvalidArgumentException if no constant has that spelling; the message lists the valid ones
   */
  public static DeployMode fromValue(String value) {
    return EnumValues.parse(values(), value, "DeployMode");
  }

  @Override
  public String toString() {
    return value;
  }
}
