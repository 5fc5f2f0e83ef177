package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How to read the status of one kind of resource as its operator writes it: the states it writes and which
 * of them are final or failures, the state now and the states passed through, the attempt, the error, the
 * driver pod and how the operator retries. It is part of the kind's declaration ({@link
 * ResourceKind#status()}, set with {@link ResourceKind.Builder#status}); the client's watch, wait and
 * diagnosis and the CLI read it and never switch on the kind.
 *
 * <p>Everything is read from the resource as the server sent it ({@link GenericKubernetesResource}), so
 * that fields this SDK's model lacks still count.
 */
public interface KindStatus {
  /**
   * One state the resource passed through, as its status records it.
   *
   * @param step the operator's step number, increasing ({@code status.stateTransitionHistory}'s key), or
   *     {@link #CURRENT} for a kind that records only the state it is in now
   * @param state the state as the operator writes it
   * @param message the operator's message for that state, if any
   */
  record Step(long step, String state, Optional<String> message) {
    /** The step number of a kind that keeps no history: the state it is in now. */
    public static final long CURRENT = -1;
  }

  /** Returns every state the operator writes for the kind, spelled as it writes them, in the operator's order. */
  List<String> states();

  /**
   * Returns the state of {@link #states()} that {@code given} names, compared without case and underscores
   * ({@code RUNNING_HEALTHY} and {@code runninghealthy} name {@code RunningHealthy}); empty when none does.
   */
  default Optional<String> stateNamed(String given) {
    String wanted = normalize(given);
    return states().stream().filter(s -> normalize(s).equals(wanted)).findFirst();
  }

  private static String normalize(String state) {
    return state.replace("_", "").replace("-", "").toUpperCase(Locale.ROOT);
  }

  /**
   * Returns the states {@code resource} passed through, oldest first: for a kind whose operator keeps a
   * history, every state it still records, so that a state passed between two reads is not missed; else
   * the state now as one {@link Step#CURRENT} step (none when the operator has written none).
   */
  default List<Step> steps(GenericKubernetesResource resource) {
    String state = state(resource);
    return state.isEmpty() ? List.of() : List.of(new Step(Step.CURRENT, state, errorMessage(resource)));
  }


  /** Returns the state as the operator writes it; empty when it has written none yet. */
  String state(GenericKubernetesResource resource);

  /** Returns whether {@code state} is one the resource does not leave by itself. */
  boolean terminal(String state);

  /** Returns whether {@code state} is a failure. */
  boolean failed(String state);

  /** Returns the current execution attempt (1 for the first run), 0 before the first submission. */
  int attempt(GenericKubernetesResource resource);

  /** Returns the operator's error message for the current state, if it wrote one. */
  Optional<String> errorMessage(GenericKubernetesResource resource);

  /** Returns the name of the driver (or server) pod of the current attempt, if known. */
  Optional<String> driverPod(GenericKubernetesResource resource);

  /** Returns the label selector of all the resource's pods (driver and executors). */
  String podSelector(String name);

  /** Returns the Spark container's name in the driver pod. */
  default String driverContainer() {
    return "spark-kubernetes-driver";
  }

  /**
   * Returns the Spark container's name in the driver pod of {@code resource}, for an operator whose container
   * depends on the resource (a name in its {@code sparkConf}, its pod template); {@link #driverContainer()} by
   * default.
   */
  default String driverContainer(GenericKubernetesResource resource) {
    return driverContainer();
  }

  /**
   * Returns the {@code sparkapp} option that names the kind on the command line ({@code --apache}), empty for
   * the default kind; a diagnosis's advice quotes commands with it.
   */
  default String commandFlag() {
    return "";
  }

  /**
   * Returns the {@code spark-role} label values of the pod whose log is "the driver's log" and whose state
   * decides the resource's: {@code driver} (and {@code connect-server}) by default; a standalone cluster's master.
   */
  default List<String> driverRoles() {
    return List.of("driver", "connect-server");
  }

  /**
   * Returns the workloads ({@code Kind/name}) through which the operator creates the resource's pods, whose
   * events say why a pod was not created (a quota, an admission webhook); none by default.
   */
  default List<String> workloads(String name) {
    return List.of();
  }

  /**
   * Returns labels that only the current attempt's driver pod carries, for an operator that creates one driver
   * pod per attempt and names none in the status; empty by default.
   */
  default java.util.Map<String, String> currentDriverLabels(GenericKubernetesResource resource) {
    return java.util.Map.of();
  }

  /**
   * Returns the failure the resource's latest attempt ended with, as its status records it (the state now,
   * or for an operator that keeps a history, the last failure in it: it may have moved on to release the
   * resources or restart), and whether an attempt the operator started since replaced it; empty when
   * there was none.
   */
  default Optional<Failure> failure(GenericKubernetesResource resource) {
    String state = state(resource);
    return failed(state) ? Optional.of(new Failure(new Step(Step.CURRENT, state, errorMessage(resource)), false,
        Optional.empty(), java.util.Map.of())) : Optional.empty();
  }

  /**
   * A failure state the status records.
   *
   * @param step the state, its step number and the operator's message
   * @param earlierAttempt whether the operator restarted the application since
   * @param driverPod the name of that attempt's driver pod, when the kind can tell (the pod may be gone)
   * @param driverStatus the driver pod's {@code status} as the operator last observed it and recorded with the
   *     failure (a Kubernetes {@code PodStatus} as the server sent it), empty when it recorded none
   */
  record Failure(Step step, boolean earlierAttempt, Optional<String> driverPod,
      java.util.Map<String, Object> driverStatus) {
    /** Copies the status (its values as the server sent them, {@code null}s included). */
    public Failure {
      driverStatus = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(driverStatus));
    }
  }

  /**
   * Returns what the operator means by the failure state {@code state} and what to do about it, when the
   * kind's declaration knows; empty otherwise (the diagnosis then reads the pods and events alone).
   */
  default Optional<StateMeaning> meaning(String state) {
    return Optional.empty();
  }

  /**
   * What an operator's failure state means.
   *
   * @param category what kind of failure it is
   * @param meaning what happened, in the operator's terms
   * @param advice what to do
   */
  record StateMeaning(Category category, String meaning, String advice) {
    /** What kind of failure a state is. */
    public enum Category {
      /** The operator stopped waiting for the driver or executors. */
      TIMED_OUT,
      /** The operator could not create the driver (or the cluster's resources). */
      NOT_SUBMITTED,
      /** The kubelet evicted the driver. */
      EVICTED,
      /** The driver (the application) failed. */
      FAILED
    }
  }

  /** Returns when the current state began, or at least when the operator last acted, if it says. */
  Optional<Instant> since(GenericKubernetesResource resource);

  /** Returns where the operator stands in its retries, and whether it will retry. */
  RetryPosition retry(GenericKubernetesResource resource, Instant now);

  /**
   * Returns the resource that holds the application's latest attempt when it is not this one (a
   * ScheduledSparkApplication's last run), as kind and name; empty when this resource is it.
   */
  default Optional<Delegate> delegate(GenericKubernetesResource resource) {
    return Optional.empty();
  }

  /**
   * The resource that carries the latest attempt of another one.
   *
   * @param type its kind's model type
   * @param name its name
   */
  record Delegate(Class<? extends SparkResource> type, String name) {}

  /** Reads a string at {@code path} in the resource, empty when absent or blank. */
  static Optional<String> string(GenericKubernetesResource resource, Object... path) {
    Object value = resource.get(path);
    return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
  }

  /** Reads a whole number at {@code path}, empty when absent. */
  static Optional<Long> number(GenericKubernetesResource resource, Object... path) {
    Object value = resource.get(path);
    if (value instanceof Number n) {
      return Optional.of(n.longValue());
    }
    if (value instanceof String s && s.matches("-?\\d+")) {
      return Optional.of(Long.parseLong(s));
    }
    return Optional.empty();
  }

  /** Reads an RFC 3339 time at {@code path}, empty when absent or unreadable. */
  static Optional<Instant> time(GenericKubernetesResource resource, Object... path) {
    return string(resource, path).flatMap(KindStatus::parseTime);
  }

  /** Parses an RFC 3339 time as Kubernetes writes it ({@code 2026-12-02T10:15:30Z}), empty when unreadable. */
  static Optional<Instant> parseTime(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.OffsetDateTime.parse(text).toInstant());
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
