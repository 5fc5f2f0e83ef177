package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.sparkapp.core.InvalidArgumentException;

/**
 * The states of an Apache operator SparkCluster ({@code status.currentState.currentStateSummary}), in
 * the operator's order. <p>Each constant serializes to the exact spelling the CRD uses, given by
 * {@link #value()}.
 */
public enum ClusterStateSummary {
  /** {@code Submitted}: submitted, not yet scheduled */
  @JsonProperty("Submitted")
  SUBMITTED("Submitted"),
  /** {@code SchedulingFailure}: the operator could not create the cluster's resources */
  @JsonProperty("SchedulingFailure")
  SCHEDULING_FAILURE("SchedulingFailure"),
  /** {@code RunningHealthy}: the cluster is running */
  @JsonProperty("RunningHealthy")
  RUNNING_HEALTHY("RunningHealthy"),
  /** {@code Failed}: the cluster failed */
  @JsonProperty("Failed")
  FAILED("Failed"),
  /** {@code ResourceReleased}: every resource has been released */
  @JsonProperty("ResourceReleased")
  RESOURCE_RELEASED("ResourceReleased");

  private final String value;

  ClusterStateSummary(String value) {
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
  public static ClusterStateSummary fromValue(String value) {
    return ApacheEnums.parse(values(), value, "ClusterStateSummary");
  }

  /** Returns whether the operator counts this state as a failure ({@code SchedulingFailure}, {@code Failed}). */
  public boolean isFailure() {
    return this == SCHEDULING_FAILURE || this == FAILED;
  }

  /** Returns whether the cluster has terminated: nothing more will happen to it. */
  public boolean isTerminated() {
    return this == RESOURCE_RELEASED;
  }

  @Override
  public String toString() {
    return value;
  }
}
