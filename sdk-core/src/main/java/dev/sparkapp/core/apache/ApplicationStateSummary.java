package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sparkapp.core.InvalidArgumentException;

/**
 * The states of an Apache operator application ({@code status.currentState.currentStateSummary}), in
 * the operator's order. <p>Each constant serializes to the exact spelling the CRD uses, given by
 * {@link #value()}.
 */
public enum ApplicationStateSummary {
  /** {@code Submitted}: submitted, not yet scheduled */
  @JsonProperty("Submitted")
  SUBMITTED("Submitted"),
  /** {@code ScheduledToRestart}: to be restarted with the same configuration */
  @JsonProperty("ScheduledToRestart")
  SCHEDULED_TO_RESTART("ScheduledToRestart"),
  /** {@code DriverRequested}: the driver pod has been requested */
  @JsonProperty("DriverRequested")
  DRIVER_REQUESTED("DriverRequested"),
  /** {@code DriverStarted}: the driver pod is running */
  @JsonProperty("DriverStarted")
  DRIVER_STARTED("DriverStarted"),
  /** {@code DriverReady}: the driver pod is Ready: its readiness probes pass */
  @JsonProperty("DriverReady")
  DRIVER_READY("DriverReady"),
  /**
   * {@code InitializedBelowThresholdExecutors}: fewer executors than the minimum became Ready while
   * starting
   */
  @JsonProperty("InitializedBelowThresholdExecutors")
  INITIALIZED_BELOW_THRESHOLD_EXECUTORS("InitializedBelowThresholdExecutors"),
  /** {@code RunningHealthy}: the required executors are Ready */
  @JsonProperty("RunningHealthy")
  RUNNING_HEALTHY("RunningHealthy"),
  /** {@code RunningWithPartialCapacity}: running between the minimum and maximum of executors */
  @JsonProperty("RunningWithPartialCapacity")
  RUNNING_WITH_PARTIAL_CAPACITY("RunningWithPartialCapacity"),
  /** {@code RunningWithBelowThresholdExecutors}: executors were lost below the minimum */
  @JsonProperty("RunningWithBelowThresholdExecutors")
  RUNNING_WITH_BELOW_THRESHOLD_EXECUTORS("RunningWithBelowThresholdExecutors"),
  /** {@code DriverStartTimedOut}: the driver did not start in time */
  @JsonProperty("DriverStartTimedOut")
  DRIVER_START_TIMED_OUT("DriverStartTimedOut"),
  /** {@code ExecutorsStartTimedOut}: the executors did not start in time */
  @JsonProperty("ExecutorsStartTimedOut")
  EXECUTORS_START_TIMED_OUT("ExecutorsStartTimedOut"),
  /**
   * {@code DriverReadyTimedOut}: the driver did not become Ready within {@code driverReadyTimeoutMillis}
   */
  @JsonProperty("DriverReadyTimedOut")
  DRIVER_READY_TIMED_OUT("DriverReadyTimedOut"),
  /** {@code Succeeded}: the application completed successfully */
  @JsonProperty("Succeeded")
  SUCCEEDED("Succeeded"),
  /** {@code Failed}: the application failed */
  @JsonProperty("Failed")
  FAILED("Failed"),
  /** {@code SchedulingFailure}: the operator could not create the application's resources */
  @JsonProperty("SchedulingFailure")
  SCHEDULING_FAILURE("SchedulingFailure"),
  /** {@code DriverEvicted}: the driver pod was evicted */
  @JsonProperty("DriverEvicted")
  DRIVER_EVICTED("DriverEvicted"),
  /** {@code ResourceReleased}: every resource has been released */
  @JsonProperty("ResourceReleased")
  RESOURCE_RELEASED("ResourceReleased"),
  /** {@code TerminatedWithoutReleaseResources}: terminated, resources kept */
  @JsonProperty("TerminatedWithoutReleaseResources")
  TERMINATED_WITHOUT_RELEASE_RESOURCES("TerminatedWithoutReleaseResources");

  private final String value;

  ApplicationStateSummary(String value) {
    this.value = value;
  }

  /** Returns the spelling used in manifests, for example {@code "Submitted"}. */
  public String value() {
    return value;
  }

  /**
   * Returns the constant spelled {@code value} in a manifest.
   *
   * @throws InvalidArgumentException if no constant has that spelling; the message lists the valid ones
   */
  public static ApplicationStateSummary fromValue(String value) {
    return ApacheEnums.parse(values(), value, "ApplicationStateSummary");
  }

  /**
   * Returns whether the operator counts this state as a failure ({@code DriverStartTimedOut},
   * {@code ExecutorsStartTimedOut}, {@code SchedulingFailure}, {@code DriverEvicted}, {@code Failed},
   * {@code DriverReadyTimedOut}), as its ApplicationStateSummary does.
   */
  public boolean isFailure() {
    return this == DRIVER_START_TIMED_OUT || this == EXECUTORS_START_TIMED_OUT || this == SCHEDULING_FAILURE
        || this == DRIVER_EVICTED || this == FAILED || this == DRIVER_READY_TIMED_OUT;
  }

  /** Returns whether the application has terminated: nothing more will happen to it. */
  public boolean isTerminated() {
    return this == RESOURCE_RELEASED || this == TERMINATED_WITHOUT_RELEASE_RESOURCES;
  }

  @Override
  public String toString() {
    return value;
  }
}
