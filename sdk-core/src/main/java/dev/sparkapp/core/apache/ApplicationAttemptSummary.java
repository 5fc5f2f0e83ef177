package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * One attempt of an application ({@code status.currentAttemptSummary}, {@code
 * status.previousAttemptSummary}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableApplicationAttemptSummary.class)
@JsonDeserialize(as = ImmutableApplicationAttemptSummary.class)
public interface ApplicationAttemptSummary {
  /** The attempt's counters. <p>Manifest field {@code attemptInfo}. */
  Optional<ApplicationAttemptInfo> attemptInfo();

  /**
   * The attempt's states, by step number. <p>Manifest field {@code stateTransitionHistory}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, ApacheApplicationState> stateTransitionHistory();

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

  /** Builds a {@link ApplicationAttemptSummary}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableApplicationAttemptSummary.Builder {
    /**
     * Sets {@code attemptInfo} to a value built by {@code spec} on a fresh {@link ApplicationAttemptInfo.Builder}.
     *
     * @return this builder
     */
    public Builder attemptInfo(Consumer<? super ApplicationAttemptInfo.Builder> spec) {
      ApplicationAttemptInfo.Builder builder = ApplicationAttemptInfo.builder();
      spec.accept(builder);
      return attemptInfo(builder.build());
    }
  }
}
