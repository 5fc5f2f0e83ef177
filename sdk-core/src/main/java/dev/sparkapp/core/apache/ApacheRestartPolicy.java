package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sparkapp.core.InvalidArgumentException;

/**
 * Which terminations make the Apache operator restart an application ({@code
 * spec.applicationTolerations.restartConfig.restartPolicy}). <p>Each constant serializes to the exact
 * spelling the CRD uses, given by {@link #value()}.
 */
public enum ApacheRestartPolicy {
  /** {@code Always}: after every termination */
  @JsonProperty("Always")
  ALWAYS("Always"),
  /** {@code Never}: never (the operator's default) */
  @JsonProperty("Never")
  NEVER("Never"),
  /** {@code OnFailure}: after a failure state */
  @JsonProperty("OnFailure")
  ON_FAILURE("OnFailure"),
  /**
   * {@code OnInfrastructureFailure}: after {@code DriverStartTimedOut}, {@code ExecutorsStartTimedOut}
   * or {@code SchedulingFailure}
   */
  @JsonProperty("OnInfrastructureFailure")
  ON_INFRASTRUCTURE_FAILURE("OnInfrastructureFailure");

  private final String value;

  ApacheRestartPolicy(String value) {
    this.value = value;
  }

  /** Returns the spelling used in manifests, for example {@code "Always"}. */
  public String value() {
    return value;
  }

  /**
   * Returns the constant spelled {@code value} in a manifest.
   *
   * @throws InvalidArgumentException if no constant has that spelling; the message lists the valid ones
   */
  public static ApacheRestartPolicy fromValue(String value) {
    return ApacheEnums.parse(values(), value, "ApacheRestartPolicy");
  }

  @Override
  public String toString() {
    return value;
  }
}
