package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One state of an Apache operator application ({@code status.currentState} and the values of {@code
 * stateTransitionHistory}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableApacheApplicationState.class)
@JsonDeserialize(as = ImmutableApacheApplicationState.class)
public interface ApacheApplicationState {
  /** The state. <p>Manifest field {@code currentStateSummary}. */
  Optional<ApplicationStateSummary> currentStateSummary();

  /**
   * The driver pod's status when the operator last looked. <p>Manifest field {@code
   * lastObservedDriverStatus}.
   */
  Optional<PodStatus> lastObservedDriverStatus();

  /** When the application entered this state. <p>Manifest field {@code lastTransitionTime}. */
  Optional<String> lastTransitionTime();

  /** What happened, in the operator's words. <p>Manifest field {@code message}. */
  Optional<String> message();

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

  /** Builds a {@link ApacheApplicationState}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableApacheApplicationState.Builder {}
}
