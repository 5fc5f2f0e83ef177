package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A port exposed by the driver or executor container ({@code ports[]}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutablePort.class)
@JsonDeserialize(as = ImmutablePort.class)
public interface Port {
  /**
   * See the CRD. <p>Manifest field {@code name}.
   */
  String name();

  /**
   * See the CRD. <p>Manifest field {@code protocol}.
   */
  String protocol();

  /**
   * See the CRD. <p>Manifest field {@code containerPort}.
   */
  Integer containerPort();

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

  /** Builds a {@link Port}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutablePort.Builder {}
}
