package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A reference to one key of a Secret ({@code envSecretKeyRefs} values): the Secret {@code name} and
 * the {@code key} in it.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableNameKey.class)
@JsonDeserialize(as = ImmutableNameKey.class)
public interface NameKey {
  /**
   * See the CRD. <p>Manifest field {@code name}.
   */
  String name();

  /**
   * See the CRD. <p>Manifest field {@code key}.
   */
  String key();

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

  /** Returns a reference to {@code key} in the Secret {@code name}. */
  static NameKey of(String name, String key) {
    return builder().name(name).key(key).build();
  }

  /** Builds a {@link NameKey}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableNameKey.Builder {}
}
