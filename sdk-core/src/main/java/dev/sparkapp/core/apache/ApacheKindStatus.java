package dev.sparkapp.core.apache;

import dev.sparkapp.core.KindStatus;
import dev.sparkapp.core.RetryPosition;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The status of the Apache operator's kinds as it writes them (apache/spark-kubernetes-operator 1.0.0, commit
 * d8b19438bd96c6c2f52ee58425ec192b6cc825fc, {@code spark-operator-api/.../status/BaseStatus.java},
 * {@code ApplicationStatus.java}, {@code ApplicationStateSummary.java}, {@code ClusterStateSummary.java}):
 * {@code status.currentState.currentStateSummary} and {@code .message}, and {@code status.stateTransitionHistory},
 * a map from an increasing step number to every state of the current attempt (a restart that trims the history
 * keeps counting from the last number). The operator passes through a state and moves on within one
 * reconcile (a terminal state, then {@code ResourceReleased}), so the history, not the current state alone, is
 * what says a state was reached.
 *
 * <p>Final states are the operator's {@code isTerminated()}; failures its {@code isFailure()}. A failure is not
 * final: the operator then restarts ({@code ScheduledToRestart}) or releases ({@code ResourceReleased}) as
 * {@code restartConfig} says ({@code ApplicationStatus.terminateOrRestart}).
 */
final class ApacheKindStatus implements KindStatus {
  /** The operator's {@code ApplicationStateSummary.infrastructureFailures}. */
  private static final Set<String> INFRASTRUCTURE_FAILURES = Set.of("DriverStartTimedOut", "ExecutorsStartTimedOut",
      "SchedulingFailure");

  private final List<String> states;
  private final Set<String> terminal;
  private final Set<String> failures;
  private final String nameLabel;
  private final boolean restarts;

  private ApacheKindStatus(List<String> states, Set<String> terminal, Set<String> failures, String nameLabel,
      boolean restarts) {
    this.states = List.copyOf(states);
    this.terminal = Set.copyOf(terminal);
    this.failures = Set.copyOf(failures);
    this.nameLabel = nameLabel;
    this.restarts = restarts;
  }

  /**
   * A SparkApplication's: its pods labelled {@code spark.operator/spark-app-name} ({@code Constants
   * .LABEL_SPARK_APPLICATION_NAME}); restarts per {@code spec.applicationTolerations.restartConfig}.
   */
  static ApacheKindStatus application() {
    return of(ApplicationStateSummary.values(), ApplicationStateSummary::value, ApplicationStateSummary::isTerminated,
        ApplicationStateSummary::isFailure, "spark.operator/spark-app-name", true);
  }

  /** A SparkCluster's: its master and worker pods labelled {@code spark.operator/spark-cluster-name}; no restarts. */
  static ApacheKindStatus cluster() {
    return of(ClusterStateSummary.values(), ClusterStateSummary::value, ClusterStateSummary::isTerminated,
        ClusterStateSummary::isFailure, "spark.operator/spark-cluster-name", false);
  }

  private static <E> ApacheKindStatus of(E[] values, Function<E, String> name, Predicate<E> terminated,
      Predicate<E> failure, String nameLabel, boolean restarts) {
    List<String> names = new ArrayList<>();
    Set<String> terminal = new HashSet<>();
    Set<String> failures = new HashSet<>();
    for (E value : values) {
      names.add(name.apply(value));
      if (terminated.test(value)) {
        terminal.add(name.apply(value));
      }
      if (failure.test(value)) {
        failures.add(name.apply(value));
      }
    }
    return new ApacheKindStatus(names, terminal, failures, nameLabel, restarts);
  }

  @Override
  public List<String> states() {
    return states;
  }

  @Override
  public String state(GenericKubernetesResource resource) {
    return KindStatus.string(resource, "status", "currentState", "currentStateSummary").orElse("");
  }

  /** Returns {@code status.stateTransitionHistory} by step number; the current state alone when it has none. */
  @Override
  public List<Step> steps(GenericKubernetesResource resource) {
    List<Step> steps = new ArrayList<>();
    if (resource.get("status", "stateTransitionHistory") instanceof Map<?, ?> history) {
      for (Map.Entry<?, ?> entry : history.entrySet()) {
        String key = String.valueOf(entry.getKey());
        if (key.matches("\\d{1,18}") && entry.getValue() instanceof Map<?, ?> state
            && state.get("currentStateSummary") != null) {
          Object message = state.get("message");
          steps.add(new Step(Long.parseLong(key), state.get("currentStateSummary").toString(),
              message == null || message.toString().isBlank() ? Optional.empty() : Optional.of(message.toString())));
        }
      }
    }
    if (steps.isEmpty()) {
      return KindStatus.super.steps(resource);
    }
    steps.sort(Comparator.comparingLong(Step::step));
    return steps;
  }

  @Override
  public boolean terminal(String state) {
    return terminal.contains(state);
  }

  @Override
  public boolean failed(String state) {
    return failures.contains(state);
  }

  /** Returns {@code currentAttemptSummary.attemptInfo.id} + 1 (the operator counts attempts from 0). */
  @Override
  public int attempt(GenericKubernetesResource resource) {
    Optional<Long> id = KindStatus.number(resource, "status", "currentAttemptSummary", "attemptInfo", "id");
    return id.map(i -> (int) (i + 1)).orElse(state(resource).isEmpty() ? 0 : 1);
  }

  @Override
  public Optional<String> errorMessage(GenericKubernetesResource resource) {
    return KindStatus.string(resource, "status", "currentState", "message");
  }

  /** Empty: the operator writes no pod name in the status; the diagnosis finds the driver by its labels. */
  @Override
  public Optional<String> driverPod(GenericKubernetesResource resource) {
    return Optional.empty();
  }

  @Override
  public String podSelector(String name) {
    return nameLabel + "=" + name;
  }

  @Override
  public Optional<Instant> since(GenericKubernetesResource resource) {
    return KindStatus.time(resource, "status", "currentState", "lastTransitionTime");
  }

  /**
   * Reads {@code spec.applicationTolerations.restartConfig} the way {@code ApplicationStatus.terminateOrRestart}
   * and {@code RestartPolicy.attemptRestartOnState} decide: {@code restartPolicy} (default {@code Never}),
   * {@code maxRestartAttempts} (default 3) against {@code currentAttemptSummary.attemptInfo.restartCounter}.
   */
  @Override
  public RetryPosition retry(GenericKubernetesResource resource, Instant now) {
    if (!restarts) {
      return RetryPosition.none();
    }
    Object[] config = {"spec", "applicationTolerations", "restartConfig"};
    String policy = KindStatus.string(resource, append(config, "restartPolicy")).orElse("Never");
    long max = KindStatus.number(resource, append(config, "maxRestartAttempts")).orElse(3L);
    long restarts = KindStatus.number(resource, "status", "currentAttemptSummary", "attemptInfo", "restartCounter")
        .orElse(0L);
    String state = state(resource);
    boolean succeeded = state.equals(ApplicationStateSummary.SUCCEEDED.value());
    boolean onState = switch (policy) {
      case "Always" -> true;
      case "OnFailure" -> !succeeded;
      case "OnInfrastructureFailure" -> !succeeded && (!failed(state) || INFRASTRUCTURE_FAILURES.contains(state));
      default -> false;
    };
    boolean willRetry = onState && !terminal(state) && restarts < max;
    Optional<Integer> maxAttempts = policy.equals("Never") ? Optional.of(1) : Optional.of((int) max + 1);
    return new RetryPosition(policy, (int) restarts + 1, maxAttempts, willRetry, Optional.empty());
  }

  private static Object[] append(Object[] path, Object last) {
    Object[] longer = java.util.Arrays.copyOf(path, path.length + 1);
    longer[path.length] = last;
    return longer;
  }
}
