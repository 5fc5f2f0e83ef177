package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The language of a Spark application ({@code spec.type}).
 *
 * <p>Each constant serializes to the exact spelling the CRD uses, given by {@link #value()}.
 */
public enum SparkApplicationType {
  /** {@code Java}. */
  @JsonProperty("Java")
  JAVA("Java"),
  /** {@code Python}. */
  @JsonProperty("Python")
  PYTHON("Python"),
  /** {@code Scala}. */
  @JsonProperty("Scala")
  SCALA("Scala"),
  /** {@code R}. */
  @JsonProperty("R")
  R("R");

  private final String value;

  SparkApplicationType(String value) {
    this.value = value;
  }

  /** Returns the spelling used in manifests, for example {@code "Java"}. */
  public String value() {
    return value;
  }

  /**
   * Returns the constant spelled {@code value} in a manifest.
   *
   * @throws InvalidArgumentException if no constant has that spelling; the message lists the valid ones
   */
  public static SparkApplicationType fromValue(String value) {
    return EnumValues.parse(values(), value, "SparkApplicationType");
  }

  @Override
  public String toString() {
    return value;
  }
}
