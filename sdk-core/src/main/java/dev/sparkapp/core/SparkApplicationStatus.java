package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The observed state of a SparkApplication ({@code status}), written by the operator and read back
 * from the cluster.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableSparkApplicationStatus.class)
@JsonDeserialize(as = ImmutableSparkApplicationStatus.class)
public interface SparkApplicationStatus {
  /**
   * SparkApplicationID is set by the spark-distribution(via spark.app.id config) on the driver and
   * executor pods <p>Manifest field {@code sparkApplicationId}.
   */
  Optional<String> sparkApplicationId();

  /**
   * SubmissionID is a unique ID of the current submission of the application. <p>Manifest field {@code
   * submissionID}.
   */
  Optional<String> submissionID();

  /**
   * LastSubmissionAttemptTime is the time for the last application submission attempt. <p>Manifest field
   * {@code lastSubmissionAttemptTime}.
   */
  Optional<String> lastSubmissionAttemptTime();

  /**
   * CompletionTime is the time when the application runs to completion if it does. <p>Manifest field
   * {@code terminationTime}.
   */
  Optional<String> terminationTime();

  /**
   * DriverInfo has information about the driver. <p>Manifest field {@code driverInfo}.
   */
  Optional<DriverInfo> driverInfo();

  /**
   * AppState tells the overall application state. <p>Manifest field {@code applicationState}.
   */
  Optional<ApplicationState> applicationState();

  /**
   * ExecutorState records the state of executors by executor Pod names. <p>Manifest field {@code
   * executorState}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> executorState();

  /**
   * ExecutionAttempts is the total number of attempts to run a submitted application to completion.
   * <p>Manifest field {@code executionAttempts}.
   */
  Optional<Integer> executionAttempts();

  /**
   * SubmissionAttempts is the total number of attempts to submit an application to run. <p>Manifest
   * field {@code submissionAttempts}.
   */
  Optional<Integer> submissionAttempts();

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

  /** Builds a {@link SparkApplicationStatus}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableSparkApplicationStatus.Builder {
    /**
     * Sets {@code driverInfo} to a value built by {@code spec} on a fresh {@link DriverInfo.Builder}.
     *
     * @return this builder
     */
    public Builder driverInfo(Consumer<? super DriverInfo.Builder> spec) {
      DriverInfo value = Builders.configure(DriverInfo::builder, spec, DriverInfo.Builder::build);
      return driverInfo(value);
    }

    /**
     * Sets {@code applicationState} to a value built by {@code spec} on a fresh {@link ApplicationState.Builder}.
     *
     * @return this builder
     */
    public Builder applicationState(Consumer<? super ApplicationState.Builder> spec) {
      ApplicationState value = Builders.configure(ApplicationState::builder, spec, ApplicationState.Builder::build);
      return applicationState(value);
    }

  }
}
