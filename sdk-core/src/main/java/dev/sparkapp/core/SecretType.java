package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * How the operator exposes a secret mounted through {@code secrets[].secretType}.
 *
 * <p>The CRD does not close this set ({@code secrets[].secretType} is a plain string without {@code enum}), so the model
 * keeps the raw string and offers these constants, the values the operator v2.5.2 acts on, as a typed view
 * ({@link SecretInfo#knownSecretType()}). Builders take a constant or any string.
 *
 * <p>Each constant serializes to the exact spelling the CRD uses, given by {@link #value()}.
 */
public enum SecretType {
  /** {@code GCPServiceAccount}. */
  @JsonProperty("GCPServiceAccount")
  GCP_SERVICE_ACCOUNT("GCPServiceAccount"),
  /** {@code HadoopDelegationToken}. */
  @JsonProperty("HadoopDelegationToken")
  HADOOP_DELEGATION_TOKEN("HadoopDelegationToken"),
  /** {@code Generic}. */
  @JsonProperty("Generic")
  GENERIC("Generic");

  private final String value;

  SecretType(String value) {
    this.value = value;
  }

  /** Returns the spelling used in manifests, for example {@code "GCPServiceAccount"}. */
  public String value() {
    return value;
  }

  /**
   * Returns the constant spelled {@code value} in a manifest.
   *
   * @throws InvalidArgumentException if no constant has that spelling; the message lists the valid ones
   */
  public static SecretType fromValue(String value) {
    return EnumValues.parse(values(), value, "SecretType");
  }

  /**
   * Returns the constant spelled {@code value} in a manifest, or empty for a spelling the operator does not
   * know (which the CRD accepts).
   */
  public static Optional<SecretType> find(String value) {
    return EnumValues.find(values(), value);
  }

  @Override
  public String toString() {
    return value;
  }
}
