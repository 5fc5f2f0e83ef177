package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sparkapp.core.InvalidArgumentException;

/**
 * Whether the Apache operator keeps an application's pods and resources after it stops ({@code
 * spec.applicationTolerations.resourceRetainPolicy}). <p>Each constant serializes to the exact
 * spelling the CRD uses, given by {@link #value()}.
 */
public enum ResourceRetainPolicy {
  /** {@code Always}: keep them */
  @JsonProperty("Always")
  ALWAYS("Always"),
  /** {@code OnFailure}: keep them when the application failed */
  @JsonProperty("OnFailure")
  ON_FAILURE("OnFailure"),
  /** {@code Never}: release them (the operator's default) */
  @JsonProperty("Never")
  NEVER("Never");

  private final String value;

  ResourceRetainPolicy(String value) {
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
  public static ResourceRetainPolicy fromValue(String value) {
    return ApacheEnums.parse(values(), value, "ResourceRetainPolicy");
  }

  @Override
  public String toString() {
    return value;
  }
}
