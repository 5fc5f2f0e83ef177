package dev.sparkapp.client;

/** The causes a {@link Diagnosis} tells apart. */
public enum Cause {
  /** The kubelet killed a container because its liveness probe failed ({@code Killing}, after {@code Unhealthy}). */
  LIVENESS_PROBE("killed by a liveness probe"),
  /** A container used more memory than its limit ({@code OOMKilled}). */
  OOM_KILLED("out of memory (OOMKilled)"),
  /** The kubelet evicted the pod because the node ran short of a resource ({@code Evicted}). */
  EVICTED("evicted by the kubelet"),
  /** The scheduler removed the pod to make room for a pod of higher priority ({@code Preempted}). */
  PREEMPTED("preempted by the scheduler"),
  /** The image could not be pulled ({@code ErrImagePull}, {@code ImagePullBackOff}, {@code InvalidImageName}). */
  IMAGE_PULL("image pull failed"),
  /** No node could take the pod ({@code FailedScheduling}, condition {@code PodScheduled=False Unschedulable}). */
  UNSCHEDULABLE("unschedulable"),
  /** A secret, config map or volume the pod needs is missing ({@code FailedMount}, {@code CreateContainerConfigError}). */
  MISSING_VOLUME_SOURCE("missing secret, config map or volume"),
  /** The runtime could not start the container ({@code ContainerCannotRun}). */
  CONTAINER_CANNOT_RUN("container could not run"),
  /** The application itself failed: the driver exited with an error. */
  APPLICATION_ERROR("the application failed"),
  /** Executors were lost or failed repeatedly. */
  EXECUTORS_FAILING("executors failing"),
  /** The operator could not submit the application ({@code SUBMISSION_FAILED}). */
  SUBMISSION_FAILED("submission failed"),
  /**
   * The operator stopped waiting and failed the application: the Apache operator's {@code DriverStartTimedOut},
   * {@code DriverReadyTimedOut}, {@code ExecutorsStartTimedOut}.
   */
  OPERATOR_TIMEOUT("timed out by the operator"),
  /**
   * A workload could not create its pods: the StatefulSet controller's {@code FailedCreate} (a quota, an admission
   * webhook or policy refused the pod), for a SparkCluster's master and workers.
   */
  PODS_NOT_CREATED("pods could not be created"),
  /** The application stayed in a waiting state longer than expected. */
  TIMED_OUT_IN_STATE("stuck in a state");

  private final String words;

  Cause(String words) {
    this.words = words;
  }

  /** Returns the cause in a few words, for example {@code killed by a liveness probe}. */
  public String words() {
    return words;
  }
}
