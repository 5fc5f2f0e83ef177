package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The observed state of a ScheduledSparkApplication ({@code status}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableScheduledSparkApplicationStatus.class)
@JsonDeserialize(as = ImmutableScheduledSparkApplicationStatus.class)
public interface ScheduledSparkApplicationStatus {
  /**
   * LastRun is the time when the last run of the application started. <p>Manifest field {@code lastRun}.
   */
  Optional<String> lastRun();

  /**
   * NextRun is the time when the next run of the application will start. <p>Manifest field {@code
   * nextRun}.
   */
  Optional<String> nextRun();

  /**
   * LastRunName is the name of the SparkApplication for the most recent run of the application.
   * <p>Manifest field {@code lastRunName}.
   */
  Optional<String> lastRunName();

  /**
   * PastSuccessfulRunNames keeps the names of SparkApplications for past successful runs. <p>Manifest
   * field {@code pastSuccessfulRunNames}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<String> pastSuccessfulRunNames();

  /**
   * PastFailedRunNames keeps the names of SparkApplications for past failed runs. <p>Manifest field
   * {@code pastFailedRunNames}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<String> pastFailedRunNames();

  /**
   * ScheduleState is the current scheduling state of the application. <p>Manifest field {@code
   * scheduleState}.
   */
  Optional<String> scheduleState();

  /**
   * Reason tells why the ScheduledSparkApplication is in the particular ScheduleState. <p>Manifest field
   * {@code reason}.
   */
  Optional<String> reason();

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

  /** Builds a {@link ScheduledSparkApplicationStatus}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableScheduledSparkApplicationStatus.Builder {}
}
