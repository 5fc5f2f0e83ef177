package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The state of a Spark application as the operator reports it ({@code status.applicationState}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableApplicationState.class)
@JsonDeserialize(as = ImmutableApplicationState.class)
public interface ApplicationState {
  /**
   * ApplicationStateType represents the type of the current state of an application. <p>Manifest field
   * {@code state}.
   */
  String state();

  /**
   * See the CRD. <p>Manifest field {@code errorMessage}.
   */
  Optional<String> errorMessage();

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

  /**
   * Returns {@link #state()} as a typed constant, or {@link ApplicationStateType#UNKNOWN} for a state this
   * version of the SDK does not know (the raw string stays available through {@link #state()}).
   */
  default ApplicationStateType stateType() {
    return ApplicationStateType.fromValueOrUnknown(state());
  }

  /** Builds a {@link ApplicationState}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableApplicationState.Builder {}
}
