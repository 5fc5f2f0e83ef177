package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Secret mounted into a driver or executor pod ({@code secrets[]}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableSecretInfo.class)
@JsonDeserialize(as = ImmutableSecretInfo.class)
public interface SecretInfo {
  /**
   * See the CRD. <p>Manifest field {@code name}.
   */
  String name();

  /**
   * See the CRD. <p>Manifest field {@code path}.
   */
  String path();

  /**
   * SecretType tells the type of a secret. <p>Manifest field {@code secretType}. The CRD takes any string,
   * so the model keeps it as written; {@link #knownSecretType()} gives the typed view.
   */
  String secretType();

  /**
   * Returns {@link #secretType()} as a typed constant; empty for a type the operator does not know (then
   * the operator mounts the secret as it does a {@code Generic} one and sets no environment variable).
   */
  default Optional<SecretType> knownSecretType() {
    return SecretType.find(secretType());
  }

  /**
   * Fields the SDK does not model, kept only when a manifest was read in lenient mode so that they are
   * written back rather than dropped. Empty for values built in code.
   */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SecretInfo}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableSecretInfo.Builder {
    /**
     * Sets {@code secretType} to the spelling of {@code type}.
     *
     * @return this builder
     */
    public Builder secretType(SecretType type) {
      return secretType(type == null ? null : type.value());
    }
  }
}
