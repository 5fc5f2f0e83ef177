package dev.sparkapp.core.apache;

import dev.sparkapp.core.KindStatus;
import dev.sparkapp.core.RetryPosition;
import dev.sparkapp.core.SparkContainerRule;
import dev.sparkapp.core.SparkPod;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
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
  private final Map<String, StateMeaning> meanings;

  private ApacheKindStatus(List<String> states, Set<String> terminal, Set<String> failures, String nameLabel,
      boolean restarts, Map<String, StateMeaning> meanings) {
    this.states = List.copyOf(states);
    this.terminal = Set.copyOf(terminal);
    this.failures = Set.copyOf(failures);
    this.nameLabel = nameLabel;
    this.restarts = restarts;
    this.meanings = Map.copyOf(meanings);
  }

  /**
   * What the operator means by an application's failure states (apache/spark-kubernetes-operator 1.0.0:
   * {@code AppDriverTimeoutObserver}, {@code BaseAppDriverObserver.observeDriverTermination}, {@code AppInitStep},
   * {@code SparkAppStatusUtils}, the messages in {@code Constants}).
   */
  private static final Map<String, StateMeaning> APPLICATION_MEANINGS = Map.of(
      "DriverStartTimedOut", new StateMeaning(StateMeaning.Category.TIMED_OUT,
          "the driver was not started (Spark's container ready) within "
              + "applicationTolerations.applicationTimeoutConfig.driverStartTimeoutMillis of its request",
          "The driver pod could not be scheduled, pulled or started, or the startup and readiness probes of Spark's "
              + "container did not pass in time: see the driver pod's causes below. 'sparkapp explain' prints the "
              + "probes beside driverStartTimeoutMillis (default 300000); raise it or make the probes pass sooner."),
      "DriverReadyTimedOut", new StateMeaning(StateMeaning.Category.TIMED_OUT,
          "the driver pod did not become Ready within applicationTolerations.applicationTimeoutConfig"
              + ".driverReadyTimeoutMillis after DriverStarted",
          "A readiness probe of the driver pod kept failing, or a sidecar never became ready (the kubelet's "
              + "'Readiness probe failed' events say which), or the SparkSession took longer to start. 'sparkapp "
              + "explain' prints the probes beside driverReadyTimeoutMillis (default 300000): fix the probe (its port, "
              + "path, initialDelaySeconds) or raise the timeout."),
      "ExecutorsStartTimedOut", new StateMeaning(StateMeaning.Category.TIMED_OUT,
          "the application did not get its minimum executors (executorSpec / spark.executor.instances, "
              + "applicationTolerations.instanceConfig.minExecutors) within executorStartTimeoutMillis",
          "Read the executor pods' causes (unschedulable, quota, image pull): lower minExecutors or the executors' "
              + "requests, add capacity, or raise executorStartTimeoutMillis (default 300000)."),
      "SchedulingFailure", new StateMeaning(StateMeaning.Category.NOT_SUBMITTED,
          "the operator could not create the driver and its resources",
          "The message carries the API server's answer and the operator's stack trace: usual causes are RBAC for "
              + "the operator's service account, a webhook or a quota that refused the pod, an invalid sparkConf or "
              + "pod template. Fix it and apply again (restartConfig.maxRestartOnSchedulingFailure bounds retries)."),
      "DriverEvicted", new StateMeaning(StateMeaning.Category.EVICTED,
          "the kubelet evicted the driver pod",
          "The node ran short of memory or disk: give the driver requests closer to its use, or move "
              + "spark.local.dir to a volume with space; restartConfig.restartPolicy OnInfrastructureFailure does "
              + "not retry an eviction, OnFailure does."),
      "Failed", new StateMeaning(StateMeaning.Category.FAILED,
          "the driver failed",
          "Read the driver's log (sparkapp logs NAME): the exception that ended it is in its last lines. "
              + "'Driver removed' means the pod was deleted or the process called exit with a non-zero code."));

  /** What the operator means by a cluster's failure states ({@code ClusterInitStep}, {@code SparkClusterReconciler}). */
  private static final Map<String, StateMeaning> CLUSTER_MEANINGS = Map.of(
      "SchedulingFailure", new StateMeaning(StateMeaning.Category.NOT_SUBMITTED,
          "the operator could not create the cluster's StatefulSets and Services",
          "The message carries the API server's answer: RBAC for the operator's service account, a webhook or a "
              + "quota, an invalid master or worker template. Fix it and apply again."),
      "Failed", new StateMeaning(StateMeaning.Category.FAILED,
          "the cluster failed",
          "Read the master's log (sparkapp logs NAME) and the worker pods' causes below."));

  /**
   * A SparkApplication's: its pods labelled {@code spark.operator/spark-app-name} ({@code Constants
   * .LABEL_SPARK_APPLICATION_NAME}); restarts per {@code spec.applicationTolerations.restartConfig}.
   */
  static ApacheKindStatus application() {
    return of(ApplicationStateSummary.values(), ApplicationStateSummary::value, ApplicationStateSummary::isTerminated,
        ApplicationStateSummary::isFailure, "spark.operator/spark-app-name", true, APPLICATION_MEANINGS);
  }

  /** A SparkCluster's: its master and worker pods labelled {@code spark.operator/spark-cluster-name}; no restarts. */
  static ApacheKindStatus cluster() {
    return of(ClusterStateSummary.values(), ClusterStateSummary::value, ClusterStateSummary::isTerminated,
        ClusterStateSummary::isFailure, "spark.operator/spark-cluster-name", false, CLUSTER_MEANINGS);
  }

  private static <E> ApacheKindStatus of(E[] values, Function<E, String> name, Predicate<E> terminated,
      Predicate<E> failure, String nameLabel, boolean restarts, Map<String, StateMeaning> meanings) {
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
    return new ApacheKindStatus(names, terminal, failures, nameLabel, restarts, meanings);
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
    List<Step> steps = history(resource, "status", "stateTransitionHistory");
    return steps.isEmpty() ? KindStatus.super.steps(resource) : steps;
  }

  private static List<Step> history(GenericKubernetesResource resource, Object... path) {
    List<Step> steps = new ArrayList<>();
    if (resource.get(path) instanceof Map<?, ?> history) {
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
    steps.sort(Comparator.comparingLong(Step::step));
    return steps;
  }

  /**
   * Returns the last failure of {@code status.stateTransitionHistory} (the operator passes a failure and then
   * releases the resources or schedules a restart, {@code ApplicationStatus.terminateOrRestart}); a failure
   * before a {@code ScheduledToRestart} is an earlier attempt's. With none there, the last failure of
   * {@code status.previousAttemptSummary.stateTransitionHistory} (where a trimmed history keeps the attempt
   * before), an earlier attempt's.
   */
  @Override
  public Optional<Failure> failure(GenericKubernetesResource resource) {
    List<Step> steps = steps(resource);
    long attempt = KindStatus.number(resource, "status", "currentAttemptSummary", "attemptInfo", "id").orElse(0L);
    int restartsSince = 0;
    for (int i = steps.size() - 1; i >= 0; i--) {
      Step step = steps.get(i);
      if (failed(step.state())) {
        return Optional.of(failureAt(resource, step, restartsSince > 0, attempt - restartsSince,
            "status", "stateTransitionHistory"));
      }
      restartsSince += step.state().equals(ApplicationStateSummary.SCHEDULED_TO_RESTART.value()) ? 1 : 0;
    }
    List<Step> previous = history(resource, "status", "previousAttemptSummary", "stateTransitionHistory");
    long previousAttempt = KindStatus.number(resource, "status", "previousAttemptSummary", "attemptInfo", "id")
        .orElse(attempt - 1);
    for (int i = previous.size() - 1; i >= 0; i--) {
      if (failed(previous.get(i).state())) {
        return Optional.of(failureAt(resource, previous.get(i), true, previousAttempt,
            "status", "previousAttemptSummary", "stateTransitionHistory"));
      }
    }
    return Optional.empty();
  }

  /**
   * The failure at {@code step} of the history at {@code path}, with the {@code lastObservedDriverStatus} the
   * operator recorded with it ({@code BaseAppDriverObserver}, {@code AppDriverTimeoutObserver}) and, for an
   * application, the name of that attempt's driver pod: sparkConf's {@code spark.kubernetes.driver.pod.name},
   * else Spark's {@code PREFIX-driver} with the attempt's id as the prefix ({@code SparkAppDriverConf
   * .resourceNamePrefix}).
   */
  private Failure failureAt(GenericKubernetesResource resource, Step step, boolean earlier, long attempt,
      Object... path) {
    Object[] at = java.util.Arrays.copyOf(path, path.length + 2);
    at[path.length] = String.valueOf(step.step());
    at[path.length + 1] = "lastObservedDriverStatus";
    Map<String, Object> observed = new java.util.LinkedHashMap<>();
    if (step.step() != Step.CURRENT && resource.get(at) instanceof Map<?, ?> status) {
      status.forEach((k, v) -> observed.put(String.valueOf(k), v));
    }
    Optional<String> pod = !restarts || resource.getMetadata() == null || resource.getMetadata().getName() == null
        ? Optional.empty()
        : KindStatus.string(resource, "spec", "sparkConf", "spark.kubernetes.driver.pod.name")
            .or(() -> Optional.of(appId(resource, attempt) + "-driver"));
    return new Failure(step, earlier, pod, observed);
  }

  /**
   * An application's current driver carries {@code spark-app-selector} (Spark's application id label) with the
   * id the operator gives the attempt, {@code SparkAppSubmissionWorker.generateSparkAppId}: {@code NAME-ATTEMPT}
   * ({@code currentAttemptSummary.attemptInfo.id}), or past 46 characters its first 9 characters, {@code -} and
   * the first 36 base-36 digits of the SHA-256 of {@code NAMESPACE/NAME/ATTEMPT}. A cluster has no attempts.
   */
  @Override
  public Map<String, String> currentDriverLabels(GenericKubernetesResource resource) {
    if (!restarts || resource.getMetadata() == null || resource.getMetadata().getName() == null) {
      return Map.of();
    }
    long attempt = KindStatus.number(resource, "status", "currentAttemptSummary", "attemptInfo", "id").orElse(0L);
    return Map.of("spark-app-selector", appId(resource, attempt));
  }

  /** {@code SparkAppSubmissionWorker.generateSparkAppId} for attempt {@code attempt}. */
  private static String appId(GenericKubernetesResource resource, long attempt) {
    String name = resource.getMetadata().getName();
    String id = name + "-" + attempt;
    if (id.length() > 46) {
      String namespace = java.util.Objects.toString(resource.getMetadata().getNamespace(), "");
      try {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
            (namespace + "/" + name + "/" + attempt).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        id = id.substring(0, 46 - 36 - 1) + "-" + new java.math.BigInteger(1, digest).toString(36).substring(0, 36);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }
    return id;
  }

  /**
   * A cluster's two StatefulSets, {@code NAME-master} and {@code NAME-worker} ({@code SparkClusterResourceSpec});
   * an application's driver is a pod the operator creates itself.
   */
  @Override
  public List<String> workloads(String name) {
    return restarts ? List.of() : List.of("StatefulSet/" + name + "-master", "StatefulSet/" + name + "-worker");
  }

  /** {@code --apache} for an application, {@code --apache-cluster} for a cluster (the CLI's NamedResource). */
  @Override
  public String commandFlag() {
    return restarts ? "--apache" : "--apache-cluster";
  }

  @Override
  public Optional<StateMeaning> meaning(String state) {
    return Optional.ofNullable(meanings.get(state));
  }

  /**
   * A cluster's master ({@code spark-role=master}, {@code SparkClusterResourceSpec}); an application's driver.
   */
  @Override
  public List<String> driverRoles() {
    return restarts ? List.of("driver") : List.of("master");
  }

  /**
   * Spark's container in an application's driver pod: the operator configures no name, so Spark takes the one
   * {@code sparkConf[spark.kubernetes.driver.podTemplateContainerName]} names, else the pod template's first
   * container, else creates {@code spark-kubernetes-driver} ({@link SparkContainerRule}; the operator's
   * {@code ModelUtils.findDriverMainContainerStatus} reads the same key). A cluster's master container is
   * {@code master} ({@code SparkClusterResourceSpec} adds it to the template when missing).
   */
  @Override
  public String driverContainer(GenericKubernetesResource resource) {
    if (!restarts) {
      return "master";
    }
    Map<String, String> conf = new java.util.HashMap<>();
    if (resource.get("spec", "sparkConf") instanceof Map<?, ?> given) {
      given.forEach((k, v) -> conf.put(String.valueOf(k), String.valueOf(v)));
    }
    List<Container> containers = new ArrayList<>();
    if (resource.get("spec", "driverSpec", "podTemplateSpec", "spec", "containers") instanceof List<?> list) {
      for (Object item : list) {
        Object name = item instanceof Map<?, ?> c ? c.get("name") : null;
        containers.add(new ContainerBuilder().withName(name == null ? null : name.toString()).build());
      }
    }
    SparkContainerRule rule = SparkContainerRule.configuredInSparkConf(
        "spark.kubernetes.driver.podTemplateContainerName", SparkPod.DRIVER.containerName());
    return rule.select(containers, conf).map(Container::getName).filter(n -> !n.isBlank())
        .orElseGet(() -> rule.nameForNewContainer(conf));
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
