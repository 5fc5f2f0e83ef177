package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The counters of a SparkCluster's attempt ({@code status.*AttemptSummary.attemptInfo}). */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableClusterAttemptInfo.class)
@JsonDeserialize(as = ImmutableClusterAttemptInfo.class)
public interface ClusterAttemptInfo {
  /** The attempt's number, from 0. <p>Manifest field {@code id}. */
  Optional<Long> id();

  /** The restarts so far. <p>Manifest field {@code restartCounter}. */
  Optional<Long> restartCounter();

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

  /** Builds a {@link ClusterAttemptInfo}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableClusterAttemptInfo.Builder {}
}
