package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A ConfigMap mounted into a driver or executor pod ({@code configMaps[]}): its {@code name} and the
 * {@code path} it is mounted at.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableNamePath.class)
@JsonDeserialize(as = ImmutableNamePath.class)
public interface NamePath {
  /** The ConfigMap's name. */
  String name();

  /** The directory the ConfigMap is mounted at in the container. */
  String path();

  /**
   * Fields the SDK does not model, kept only when a manifest was read in lenient mode, so that they are
   * written back rather than dropped. Empty for values built in code.
   */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NamePath}. */
  final class Builder extends ImmutableNamePath.Builder {}

  /** Returns the ConfigMap {@code name} mounted at {@code path}. */
  static NamePath of(String name, String path) {
    return builder().name(name).path(path).build();
  }
}
