package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long the Apache operator waits for each step of an application ({@code
 * spec.applicationTolerations.applicationTimeoutConfig}); an unset field takes the operator default
 * named by its constant.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableApplicationTimeoutConfig.class)
@JsonDeserialize(as = ImmutableApplicationTimeoutConfig.class)
public interface ApplicationTimeoutConfig {
  /**
   * Time to wait for the driver pod to start running before the operator fails the application with
   * {@code DriverStartTimedOut}; default {@value #DEFAULT_DRIVER_START_TIMEOUT_MILLIS}. <p>Manifest
   * field {@code driverStartTimeoutMillis}.
   */
  Optional<Long> driverStartTimeoutMillis();

  /**
   * Time to wait for the driver pod to become Ready (all its readiness probes passing) before the
   * operator fails the application with {@code DriverReadyTimedOut}; default {@value
   * #DEFAULT_DRIVER_READY_TIMEOUT_MILLIS}. <p>Manifest field {@code driverReadyTimeoutMillis}.
   */
  Optional<Long> driverReadyTimeoutMillis();

  /**
   * Time to wait for the minimal number of executors to become Ready before the operator fails the
   * application with {@code ExecutorsStartTimedOut}; default {@value
   * #DEFAULT_EXECUTOR_START_TIMEOUT_MILLIS}. <p>Manifest field {@code executorStartTimeoutMillis}.
   */
  Optional<Long> executorStartTimeoutMillis();

  /**
   * Time to wait for resources to be released before the operator deletes them forcibly; default {@value
   * #DEFAULT_FORCE_TERMINATION_GRACE_PERIOD_MILLIS}. <p>Manifest field {@code
   * forceTerminationGracePeriodMillis}.
   */
  Optional<Long> forceTerminationGracePeriodMillis();

  /**
   * Time between the operator's checks while it waits for resources to be released; default {@value
   * #DEFAULT_TERMINATION_REQUEUE_PERIOD_MILLIS}. <p>Manifest field {@code
   * terminationRequeuePeriodMillis}.
   */
  Optional<Long> terminationRequeuePeriodMillis();

  /**
   * Fields the SDK does not model, kept only when a manifest was read in lenient mode so that they are
   * written back rather than dropped. Empty for values built in code.
   */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /** The operator's default of {@code driverStartTimeoutMillis} (ApplicationTimeoutConfig of operator 1.0.0). */
  long DEFAULT_DRIVER_START_TIMEOUT_MILLIS = 300_000L;

  /** The operator's default of {@code driverReadyTimeoutMillis} (ApplicationTimeoutConfig of operator 1.0.0). */
  long DEFAULT_DRIVER_READY_TIMEOUT_MILLIS = 300_000L;

  /** The operator's default of {@code executorStartTimeoutMillis} (ApplicationTimeoutConfig of operator 1.0.0). */
  long DEFAULT_EXECUTOR_START_TIMEOUT_MILLIS = 300_000L;

  /** The operator's default of {@code forceTerminationGracePeriodMillis} (ApplicationTimeoutConfig of operator 1.0.0). */
  long DEFAULT_FORCE_TERMINATION_GRACE_PERIOD_MILLIS = 300_000L;

  /** The operator's default of {@code terminationRequeuePeriodMillis} (ApplicationTimeoutConfig of operator 1.0.0). */
  long DEFAULT_TERMINATION_REQUEUE_PERIOD_MILLIS = 2_000L;

  /** Returns {@link #driverReadyTimeoutMillis()}, or the operator's default when it is not set. */
  default long effectiveDriverReadyTimeoutMillis() {
    return driverReadyTimeoutMillis().orElse(DEFAULT_DRIVER_READY_TIMEOUT_MILLIS);
  }

  /** Returns {@link #driverStartTimeoutMillis()}, or the operator's default when it is not set. */
  default long effectiveDriverStartTimeoutMillis() {
    return driverStartTimeoutMillis().orElse(DEFAULT_DRIVER_START_TIMEOUT_MILLIS);
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ApplicationTimeoutConfig}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableApplicationTimeoutConfig.Builder {}
}
