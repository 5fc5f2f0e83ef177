package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a ScheduledSparkApplication does when a run is due while the previous one still runs ({@code spec.concurrencyPolicy}).
 *
 * <p>Each constant serializes to the exact spelling the CRD uses, given by {@link #value()}.
 */
public enum ConcurrencyPolicy {
  /** {@code Allow}. */
  @JsonProperty("Allow")
  ALLOW("Allow"),
  /** {@code Forbid}. */
  @JsonProperty("Forbid")
  FORBID("Forbid"),
  /** {@code Replace}. */
  @JsonProperty("Replace")
  REPLACE("Replace");

  private final String value;

  ConcurrencyPolicy(String value) {
    this.value = value;
  }

  /** Returns the spelling used in manifests, for example {@code "Allow"}. */
  public String value() {
    return value;
  }

  /**
   * Returns the constant spelled {@code value} in a manifest.
   *
   * @throws InvalidArgumentException if no constant has that spelling; the message lists the valid ones
   */
  public static ConcurrencyPolicy fromValue(String value) {
    return EnumValues.parse(values(), value, "ConcurrencyPolicy");
  }

  @Override
  public String toString() {
    return value;
  }
}
