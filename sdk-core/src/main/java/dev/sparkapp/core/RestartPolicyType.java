package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When the operator restarts an application ({@code spec.restartPolicy.type}).
 *
 * <p>Each constant serializes to the exact spelling the CRD uses, given by {@link #value()}.
 */
public enum RestartPolicyType {
  /** {@code Never}. */
  @JsonProperty("Never")
  NEVER("Never"),
  /** {@code Always}. */
  @JsonProperty("Always")
  ALWAYS("Always"),
  /** {@code OnFailure}. */
  @JsonProperty("OnFailure")
  ON_FAILURE("OnFailure");

  private final String value;

  RestartPolicyType(String value) {
    this.value = value;
  }

  /** Returns the spelling used in manifests, for example {@code "Never"}. */
  public String value() {
    return value;
  }

  /**
   * Returns the constant spelled {@code value} in a manifest.
   *
   * @throws InvalidArgumentException if no constant has that spelling; the message lists the valid ones
   */
  public static RestartPolicyType fromValue(String value) {
    return EnumValues.parse(values(), value, "RestartPolicyType");
  }

  @Override
  public String toString() {
    return value;
  }
}
