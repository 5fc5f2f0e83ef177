package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The major Python version of a PySpark application ({@code spec.pythonVersion}).
 *
 * <p>Each constant serializes to the exact spelling the CRD uses, given by {@link #value()}.
 */
public enum PythonVersion {
  /** {@code 2}. */
  @JsonProperty("2")
  V2("2"),
  /** {@code 3}. */
  @JsonProperty("3")
  V3("3");

  private final String value;

  PythonVersion(String value) {
    this.value = value;
  }

  /** Returns the spelling used in manifests, for example {@code "2"}. */
  public String value() {
    return value;
  }

  /**
   * Returns the constant spelled {@code value} in a manifest.
   *
   * @throws InvalidArgumentException if no constant has that spelling; the message lists the valid ones
   */
  public static PythonVersion fromValue(String value) {
    return EnumValues.parse(values(), value, "PythonVersion");
  }

  @Override
  public String toString() {
    return value;
  }
}
