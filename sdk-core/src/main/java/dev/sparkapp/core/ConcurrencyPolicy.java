package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * What a ScheduledSparkApplication does when a run is due while the previous one still runs ({@code spec.concurrencyPolicy}).
 *
 * <p>The CRD does not close this set ({@code spec.concurrencyPolicy} is a plain string without {@code enum}), so the model
 * keeps the raw string and offers these constants, the values the operator v2.5.2 acts on, as a typed view
 * ({@link ScheduledSparkApplicationSpec#concurrencyPolicyType()}). Builders take a constant or any string.
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

  /**
   * Returns the constant spelled {@code value} in a manifest, or empty for a spelling the operator does not
   * know (which the CRD accepts).
   */
  public static Optional<ConcurrencyPolicy> find(String value) {
    return EnumValues.find(values(), value);
  }

  @Override
  public String toString() {
    return value;
  }
}
