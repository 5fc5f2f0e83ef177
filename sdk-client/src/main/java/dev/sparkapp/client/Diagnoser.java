package dev.sparkapp.client;

import dev.sparkapp.core.KindStatus;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link Diagnosis} from what the cluster shows about one application: its status (through its
 * kind's {@link KindStatus}), its pods, the events about it and them (oldest first) and the end of the
 * driver's log. A pure function of those, so that tests feed it recorded objects.
 *
 * <p>Reasons and messages are those Kubernetes and the operator write: the kubelet's {@code Unhealthy}
 * ("Liveness probe failed: ...", {@code pkg/kubelet/prober/prober.go}) and {@code Killing} ("Container X
 * failed liveness probe[, will be restarted]", {@code pkg/kubelet/kuberuntime/kuberuntime_manager.go},
 * recorded by {@code kuberuntime_container.go} {@code killContainer}); container termination reasons
 * {@code OOMKilled}, {@code Error}, {@code ContainerCannotRun}; waiting reasons {@code ErrImagePull},
 * {@code ImagePullBackOff}, {@code InvalidImageName}, {@code CreateContainerConfigError}; the pod reason
 * {@code Evicted} ({@code pkg/kubelet/eviction}); the scheduler's {@code FailedScheduling} and
 * {@code Preempted}; {@code FailedMount}; the operator's {@code SparkApplicationSubmissionFailed},
 * {@code SparkDriverFailed}, {@code SparkExecutorFailed} ({@code pkg/common/event.go}, v2.5.2). The Apache
 * operator records no events: its failure states and messages come through {@link KindStatus#failure} and
 * {@link KindStatus#meaning}, with the driver's status it last observed when the pod is gone.
 */
final class Diagnoser {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /** How many failed executors make {@link Cause#EXECUTORS_FAILING}. */
  static final int FAILING_EXECUTORS = 2;

  private final KindStatus kind;
  private final GenericKubernetesResource resource;
  private final List<Pod> pods;
  private final List<ClusterEvent> events;
  private final List<String> logLines;
  private final Instant now;
  private final Duration stuckAfter;

  Diagnoser(KindStatus kind, GenericKubernetesResource resource, List<Pod> pods, List<ClusterEvent> events,
      List<String> logLines, Instant now, Duration stuckAfter) {
    this.kind = kind;
    this.resource = resource;
    this.pods = pods;
    this.events = events.stream().sorted(Comparator.comparing(ClusterEvent::firstTime)
        .thenComparing(ClusterEvent::lastTime)).toList();
    this.logLines = logLines;
    this.now = now;
    this.stuckAfter = stuckAfter;
  }

  Diagnosis diagnose(Optional<String> via) {
    String name = resource.getMetadata().getName();
    String state = kind.state(resource);
    List<Finding> findings = new ArrayList<>();
    submission(state).ifPresent(findings::add);
    Optional<KindStatus.Failure> failure = kind.failure(resource);
    Optional<KindStatus.StateMeaning> meaning = failure.flatMap(f -> kind.meaning(f.step().state()));
    Optional<String> driverName = ClusterReads.driverPod(resource, kind, pods);
    Set<String> podNames = new LinkedHashSet<>();
    driverName.ifPresent(podNames::add);
    pods.stream().sorted(Comparator.comparing((Pod p) -> !kind.driverRoles().contains(role(p))))
        .forEach(p -> podNames.add(p.getMetadata().getName()));
    events.stream().filter(e -> "Pod".equals(e.objectKind())).forEach(e -> podNames.add(e.objectName()));
    // a driver pod the operator deleted: its status as the operator last observed it, recorded with the failure
    Optional<Pod> observedDriver = failure.filter(f -> !f.driverStatus().isEmpty() && f.driverPod().isPresent()
        && pods.stream().noneMatch(p -> f.driverPod().get().equals(p.getMetadata().getName())))
        .map(f -> new PodBuilder().withNewMetadata().withName(f.driverPod().get()).endMetadata()
            .withStatus(SERIALIZATION.convertValue(f.driverStatus(), PodStatus.class)).build());
    observedDriver.ifPresent(p -> podNames.add(p.getMetadata().getName()));
    Optional<String> failedAttemptsDriver = failure.filter(KindStatus.Failure::earlierAttempt)
        .flatMap(KindStatus.Failure::driverPod);
    List<Finding> executorFindings = new ArrayList<>();
    for (String podName : podNames) {
      Optional<Pod> pod = pods.stream().filter(p -> podName.equals(p.getMetadata().getName())).findFirst()
          .or(() -> observedDriver.filter(p -> podName.equals(p.getMetadata().getName())));
      String role = pod.map(Diagnoser::role).filter(r -> !r.isEmpty()).orElse(podName.equals(driverName.orElse(""))
          ? kind.driverRoles().get(0) : podName.contains("-exec-") ? "executor" : "driver");
      List<Finding> found = podFindings(podName, pod, role.equals("connect-server") ? "server" : role);
      if (role.equals("executor")) {
        executorFindings.addAll(found);
      } else if (kind.driverRoles().contains(role) && (driverName.isPresent() && !driverName.get().equals(podName)
          || failedAttemptsDriver.filter(podName::equals).isPresent())) {
        // another driver pod than the current one: an earlier attempt's (the Apache operator names one per attempt)
        found.stream().map(Diagnoser::earlier).forEach(findings::add);
      } else {
        findings.addAll(found);
      }
    }
    boolean driverExplained = findings.stream().anyMatch(f -> f.role().isPresent() && !f.earlierAttempt());
    if (meaning.isEmpty() && !driverExplained && kind.failed(state) && !state.equals("SUBMISSION_FAILED")) {
      findings.add(applicationError(state));
    }
    if (meaning.isPresent()) {
      operatorFailure(failure.get(), meaning.get(), driverName, findings, driverExplained)
          .ifPresent(f -> findings.add(f.cause() == Cause.OPERATOR_TIMEOUT || f.cause() == Cause.SUBMISSION_FAILED
              ? 0 : findings.size(), f));
    }
    workloads(name).forEach(findings::add);
    executors(executorFindings).ifPresent(findings::add);
    findings.addAll(executorFindings.stream().filter(f -> f.cause() != Cause.APPLICATION_ERROR).toList());
    stuck(state, findings).ifPresent(findings::add);
    findings.sort(Comparator.comparing(Finding::earlierAttempt));
    List<Finding> shown = kind.commandFlag().isEmpty() ? findings : findings.stream().map(f -> new Finding(f.cause(),
        f.summary(), f.pod(), f.role(), f.probePreset(), f.time(), f.earlierAttempt(), f.evidence(),
        f.advice().replaceAll("(sparkapp \\w+ NAME)", "$1 " + kind.commandFlag()))).toList();
    return new Diagnosis(ClusterReads.kindOf(resource, SparkResource.class), resource.getMetadata().getNamespace(), name, via, state,
        kind.errorMessage(resource), kind.retry(resource, now), shown,
        logLines.subList(Math.max(0, logLines.size() - 20), logLines.size()));
  }

  /**
   * The last {@code FailedCreate} of each workload the kind's pods come from: the StatefulSet controller's
   * "create Pod %s in StatefulSet %s failed error: %s" ({@code pkg/controller/statefulset/stateful_pod_control.go},
   * {@code recordPodEvent}).
   */
  private List<Finding> workloads(String name) {
    List<String> workloads = kind.workloads(name);
    Map<String, ClusterEvent> latest = new LinkedHashMap<>();
    events.stream().filter(e -> e.reason().equals("FailedCreate")
        && workloads.contains(e.objectKind() + "/" + e.objectName())).forEach(e -> latest.put(e.objectName(), e));
    return latest.values().stream().map(e -> new Finding(Cause.PODS_NOT_CREATED, e.objectKind() + " "
        + e.objectName() + " cannot create its pods: " + e.message(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.of(e.lastTime()), false, List.of(Evidence.of(e)),
        "The API server refused the pod: read the message for which quota, admission webhook or policy (Pod Security "
            + "admission) and lower the template's requests, fix the template, or raise the quota.")).toList();
  }

  private static Finding earlier(Finding f) {
    return new Finding(f.cause(), f.summary(), f.pod(), f.role(), f.probePreset(), f.time(), true, f.evidence(),
        f.advice());
  }

  /**
   * The failure state the operator recorded, read through the kind's declaration ({@link KindStatus#failure},
   * {@link KindStatus#meaning}): its state and message as evidence, for a timeout the kubelet's last readiness
   * and startup probe failures of the driver pod, and what to do. A failed driver already explained by its pod
   * (a probe kill, OOMKilled, an exit code) and an eviction its pod shows add nothing.
   */
  private Optional<Finding> operatorFailure(KindStatus.Failure failure, KindStatus.StateMeaning meaning,
      Optional<String> driverName, List<Finding> findings, boolean driverExplained) {
    KindStatus.Step step = failure.step();
    Cause cause = switch (meaning.category()) {
      case TIMED_OUT -> Cause.OPERATOR_TIMEOUT;
      case NOT_SUBMITTED -> Cause.SUBMISSION_FAILED;
      case EVICTED -> Cause.EVICTED;
      case FAILED -> Cause.APPLICATION_ERROR;
    };
    if ((cause == Cause.APPLICATION_ERROR && driverExplained && !failure.earlierAttempt())
        || (cause == Cause.EVICTED && findings.stream().anyMatch(f -> f.cause() == Cause.EVICTED))) {
      return Optional.empty();
    }
    List<Evidence> evidence = new ArrayList<>();
    String where = step.step() == KindStatus.Step.CURRENT ? "currentState" : "stateTransitionHistory[" + step.step() + "]";
    evidence.add(new Evidence(Evidence.Source.APPLICATION_STATUS, objectName(), where + ": " + step.state()
        + step.message().map(m -> ", message: " + m).orElse(""), Optional.empty()));
    if (cause == Cause.OPERATOR_TIMEOUT) {
      events.stream().filter(e -> e.reason().equals("Unhealthy") && "Pod".equals(e.objectKind())
              && driverName.map(e.objectName()::equals).orElse(e.objectName().endsWith("-driver"))
              && (e.message().startsWith("Readiness probe failed") || e.message().startsWith("Startup probe failed")))
          .reduce((a, b) -> b).ifPresent(e -> evidence.add(Evidence.of(e)));
    }
    if (cause == Cause.APPLICATION_ERROR && !logLines.isEmpty()) {
      evidence.add(new Evidence(Evidence.Source.DRIVER_LOG, objectName(), logLines.get(logLines.size() - 1),
          Optional.empty()));
    }
    return Optional.of(new Finding(cause, step.state() + ": " + meaning.meaning()
        + step.message().map(m -> " (\"" + m + "\")").orElse(""), Optional.empty(), Optional.empty(), Optional.empty(),
        kind.since(resource), failure.earlierAttempt(), evidence, meaning.advice()));
  }

  private Optional<Finding> submission(String state) {
    List<ClusterEvent> failed = events.stream().filter(e -> e.reason().equals("SparkApplicationSubmissionFailed")).toList();
    if (!state.equals("SUBMISSION_FAILED") && failed.isEmpty()) {
      return Optional.empty();
    }
    if (!state.equals("SUBMISSION_FAILED") && !kind.failed(state)) {
      return Optional.empty();
    }
    List<Evidence> evidence = new ArrayList<>();
    kind.errorMessage(resource).filter(m -> state.equals("SUBMISSION_FAILED")).ifPresent(m -> evidence.add(
        new Evidence(Evidence.Source.APPLICATION_STATUS, objectName(), "applicationState: " + state
            + ", errorMessage: " + m, kind.since(resource))));
    failed.stream().reduce((a, b) -> b).ifPresent(e -> evidence.add(Evidence.of(e)));
    String message = kind.errorMessage(resource).orElse(failed.isEmpty() ? "" : failed.get(failed.size() - 1).message());
    return Optional.of(new Finding(Cause.SUBMISSION_FAILED, "the operator could not submit the application"
        + (message.isEmpty() ? "" : ": " + message), Optional.empty(), Optional.empty(), Optional.empty(),
        kind.since(resource), false, evidence,
        "Read the error: spark-submit's own message follows 'failed to submit spark application'. Usual causes: "
            + "a missing service account or RBAC, a webhook that refused the pod, a bad main class or file path, an "
            + "unreachable API server from the operator. Fix it and apply again."));
  }

  private List<Finding> podFindings(String podName, Optional<Pod> pod, String role) {
    String uid = pod.map(p -> p.getMetadata().getUid()).orElse("");
    List<ClusterEvent> about = events.stream().filter(e -> "Pod".equals(e.objectKind()) && podName.equals(e.objectName()))
        .toList();
    List<Finding> findings = new ArrayList<>();
    Set<String> killedContainers = new LinkedHashSet<>();
    // Liveness kills: one finding per Killing event (its uid says which incarnation of the pod).
    for (ClusterEvent kill : about) {
      if (!kill.reason().equals("Killing") || !kill.message().contains("failed liveness probe")) {
        continue;
      }
      String container = kill.container().orElse(containerIn(kill.message()));
      boolean earlier = !uid.isEmpty() && !kill.objectUid().isEmpty() && !uid.equals(kill.objectUid());
      if (!earlier) {
        killedContainers.add(container);
      }
      Optional<ClusterEvent> unhealthy = about.stream().filter(e -> e.reason().equals("Unhealthy")
          && e.message().startsWith("Liveness probe failed") && e.objectUid().equals(kill.objectUid())
          && e.container().orElse(container).equals(container) && !e.firstTime().isAfter(kill.lastTime()))
          .reduce((a, b) -> b);
      Optional<Probe> probe = pod.flatMap(p -> container(p, container)).map(Container::getLivenessProbe);
      String said = unhealthy.map(e -> e.message().substring(e.message().indexOf(':') + 1).strip()).orElse("");
      ProbeRecognizers.Recognition recognition = ProbeRecognizers.recognise(probe, said);
      List<Evidence> evidence = new ArrayList<>();
      unhealthy.ifPresent(e -> evidence.add(Evidence.of(e)));
      evidence.add(Evidence.of(kill));
      terminated(pod, container).filter(t -> !earlier).ifPresent(t -> evidence.add(containerEvidence(podName, container, t)));
      findings.add(new Finding(Cause.LIVENESS_PROBE, role + " container " + container + " of pod " + podName
          + " killed at " + kill.lastTime() + (said.isEmpty() ? "" : "; the probe said: " + said),
          Optional.of(podName), Optional.of(role), Optional.of(recognition.name()),
          Optional.of(kill.lastTime()), earlier, evidence, recognition.advice()));
    }
    // Container statuses: terminated (now or last) and waiting.
    if (pod.isPresent() && pod.get().getStatus() != null) {
      List<ContainerStatus> statuses = new ArrayList<>();
      if (pod.get().getStatus().getInitContainerStatuses() != null) {
        statuses.addAll(pod.get().getStatus().getInitContainerStatuses());
      }
      if (pod.get().getStatus().getContainerStatuses() != null) {
        statuses.addAll(pod.get().getStatus().getContainerStatuses());
      }
      for (ContainerStatus status : statuses) {
        containerFindings(pod.get(), status, role, killedContainers.contains(status.getName())).ifPresent(findings::add);
      }
      podStatusFindings(pod.get(), role, about).forEach(findings::add);
    }
    eventOnlyFindings(podName, role, about, findings).forEach(findings::add);
    return findings;
  }

  private Optional<Finding> containerFindings(Pod pod, ContainerStatus status, String role, boolean killedByProbe) {
    String podName = pod.getMetadata().getName();
    ContainerStateTerminated terminated = status.getState() != null && status.getState().getTerminated() != null
        ? status.getState().getTerminated()
        : status.getLastState() != null ? status.getLastState().getTerminated() : null;
    ContainerStateWaiting waiting = status.getState() == null ? null : status.getState().getWaiting();
    if (waiting != null && waiting.getReason() != null) {
      String reason = waiting.getReason();
      Evidence evidence = new Evidence(Evidence.Source.CONTAINER_STATUS, "Pod/" + podName, "container " + status.getName()
          + " waiting: " + reason + (waiting.getMessage() == null ? "" : ": " + waiting.getMessage()), Optional.empty());
      if (reason.equals("ErrImagePull") || reason.equals("ImagePullBackOff") || reason.equals("InvalidImageName")) {
        return Optional.of(new Finding(Cause.IMAGE_PULL, role + " pod " + podName + " cannot pull " + status.getImage()
            + ": " + Objects.toString(waiting.getMessage(), reason), Optional.of(podName), Optional.of(role),
            Optional.empty(), Optional.empty(), false, List.of(evidence),
            "Check the image name and tag (spec.image), that the registry is reachable from the nodes, and that "
                + "imagePullSecrets name a secret with access to it."));
      }
      if (reason.equals("CreateContainerConfigError")) {
        return Optional.of(new Finding(Cause.MISSING_VOLUME_SOURCE, role + " pod " + podName + ": "
            + Objects.toString(waiting.getMessage(), reason), Optional.of(podName), Optional.of(role), Optional.empty(),
            Optional.empty(), false, List.of(evidence), MISSING_ADVICE));
      }
    }
    if (terminated == null || killedByProbe) {
      return Optional.empty();
    }
    String reason = Objects.toString(terminated.getReason(), "");
    Evidence evidence = containerEvidence(podName, status.getName(), terminated);
    Optional<Instant> at = KindStatus.parseTime(terminated.getFinishedAt());
    if (reason.equals("OOMKilled")) {
      return Optional.of(new Finding(Cause.OOM_KILLED, role + " container " + status.getName() + " of pod " + podName
          + " used more than its memory limit: " + memory(pod, status.getName(), role), Optional.of(podName),
          Optional.of(role), Optional.empty(), at, false, List.of(evidence),
          "Raise the " + role + "'s memoryOverhead (off-heap: Python workers, native libraries, netty buffers) or its "
              + "memory; the container's limit is memory + overhead. For executors, fewer cores per executor also "
              + "lowers peak use."));
    }
    if (reason.equals("ContainerCannotRun")) {
      return Optional.of(new Finding(Cause.CONTAINER_CANNOT_RUN, role + " container " + status.getName() + " of pod "
          + podName + " could not start: " + Objects.toString(terminated.getMessage(), reason), Optional.of(podName),
          Optional.of(role), Optional.empty(), at, false, List.of(evidence),
          "The runtime could not start the entrypoint: check the image's entrypoint and command, the file's "
              + "permissions and architecture."));
    }
    Integer exit = terminated.getExitCode();
    if (exit != null && exit != 0) {
      return Optional.of(new Finding(Cause.APPLICATION_ERROR, role + " container " + status.getName() + " of pod "
          + podName + " exited with code " + exit + " (" + reason + ")" + exitMeaning(exit), Optional.of(podName),
          Optional.of(role), Optional.empty(), at, false, List.of(evidence),
          "Read the " + role + "'s log (sparkapp logs NAME" + (role.equals("executor") ? " --pod " + podName : "")
              + "): the exception that ended it is in its last lines."));
    }
    return Optional.empty();
  }

  private static final String MISSING_ADVICE = "Create the missing secret or config map in the application's "
      + "namespace (or fix its name in the spec's volumes, env or envFrom); the pod starts once it exists.";

  private List<Finding> podStatusFindings(Pod pod, String role, List<ClusterEvent> about) {
    String podName = pod.getMetadata().getName();
    List<Finding> findings = new ArrayList<>();
    String reason = Objects.toString(pod.getStatus().getReason(), "");
    if (reason.equals("Evicted")) {
      List<Evidence> evidence = new ArrayList<>();
      evidence.add(new Evidence(Evidence.Source.POD_STATUS, "Pod/" + podName, "phase " + pod.getStatus().getPhase()
          + ", reason Evicted: " + Objects.toString(pod.getStatus().getMessage(), ""), Optional.empty()));
      about.stream().filter(e -> e.reason().equals("Evicted")).reduce((a, b) -> b).ifPresent(e -> evidence.add(Evidence.of(e)));
      findings.add(new Finding(Cause.EVICTED, role + " pod " + podName + " was evicted: "
          + Objects.toString(pod.getStatus().getMessage(), "").strip(), Optional.of(podName), Optional.of(role),
          Optional.empty(), evidence.get(evidence.size() - 1).time(), false, evidence,
          "The node ran short of memory or disk. Give the pod requests closer to its use (so the scheduler places it "
              + "where there is room), move spark.local.dir to a volume with space, or ask for nodes with more."));
    }
    for (PodCondition condition : Optional.ofNullable(pod.getStatus().getConditions()).orElse(List.of())) {
      if ("DisruptionTarget".equals(condition.getType()) && "True".equals(condition.getStatus())
          && Objects.toString(condition.getReason(), "").startsWith("Preemption")) {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(Evidence.Source.POD_STATUS, "Pod/" + podName, "condition DisruptionTarget="
            + condition.getStatus() + ", reason " + condition.getReason() + ": " + condition.getMessage(),
            KindStatus.parseTime(condition.getLastTransitionTime())));
        about.stream().filter(e -> e.reason().equals("Preempted")).reduce((a, b) -> b).ifPresent(e -> evidence.add(Evidence.of(e)));
        findings.add(preempted(podName, role, evidence));
      }
      if ("PodScheduled".equals(condition.getType()) && "False".equals(condition.getStatus())
          && "Unschedulable".equals(condition.getReason())) {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(new Evidence(Evidence.Source.POD_STATUS, "Pod/" + podName, "condition PodScheduled=False, reason "
            + "Unschedulable: " + condition.getMessage(), KindStatus.parseTime(condition.getLastTransitionTime())));
        about.stream().filter(e -> e.reason().equals("FailedScheduling")).reduce((a, b) -> b)
            .ifPresent(e -> evidence.add(Evidence.of(e)));
        findings.add(unschedulable(podName, role, Objects.toString(condition.getMessage(), ""), evidence));
      }
    }
    return findings;
  }

  private List<Finding> eventOnlyFindings(String podName, String role, List<ClusterEvent> about, List<Finding> found) {
    List<Finding> findings = new ArrayList<>();
    Set<Cause> have = new LinkedHashSet<>();
    found.forEach(f -> have.add(f.cause()));
    Map<Cause, ClusterEvent> latest = new LinkedHashMap<>();
    for (ClusterEvent event : about) {
      if (event.reason().equals("FailedScheduling")) {
        latest.put(Cause.UNSCHEDULABLE, event);
      } else if (event.reason().equals("Preempted")) {
        latest.put(Cause.PREEMPTED, event);
      } else if (event.reason().equals("Evicted")) {
        latest.put(Cause.EVICTED, event);
      } else if (event.reason().equals("FailedMount") && event.message().contains("not found")) {
        latest.put(Cause.MISSING_VOLUME_SOURCE, event);
      } else if (event.reason().equals("Failed") && event.message().startsWith("Failed to pull image")) {
        latest.put(Cause.IMAGE_PULL, event);
      }
    }
    latest.forEach((cause, event) -> {
      if (have.contains(cause) && cause != Cause.MISSING_VOLUME_SOURCE) {
        return;  // the pod's status told it already; a missing mount is another object than a missing env source
      }
      List<Evidence> evidence = List.of(Evidence.of(event));
      findings.add(switch (cause) {
        case UNSCHEDULABLE -> unschedulable(podName, role, event.message(), evidence);
        case PREEMPTED -> preempted(podName, role, evidence);
        case EVICTED -> new Finding(Cause.EVICTED, role + " pod " + podName + " was evicted: " + event.message(),
            Optional.of(podName), Optional.of(role), Optional.empty(), Optional.of(event.lastTime()), false, evidence,
            "The node ran short of memory or disk; see the message for which. Set requests closer to the pod's use.");
        case MISSING_VOLUME_SOURCE -> new Finding(Cause.MISSING_VOLUME_SOURCE, role + " pod " + podName + ": "
            + event.message(), Optional.of(podName), Optional.of(role), Optional.empty(), Optional.of(event.lastTime()),
            false, evidence, MISSING_ADVICE);
        default -> new Finding(Cause.IMAGE_PULL, role + " pod " + podName + ": " + event.message(), Optional.of(podName),
            Optional.of(role), Optional.empty(), Optional.of(event.lastTime()), false, evidence,
            "Check the image name and tag, the registry's reachability and the imagePullSecrets.");
      });
    });
    return findings;
  }

  private static Finding preempted(String podName, String role, List<Evidence> evidence) {
    return new Finding(Cause.PREEMPTED, role + " pod " + podName + " was preempted to make room for a pod of higher "
        + "priority", Optional.of(podName), Optional.of(role), Optional.empty(), evidence.get(evidence.size() - 1).time(),
        false, evidence, "Give the application a higher priorityClassName, or run it where it does not compete with "
            + "higher-priority pods; with restartPolicy OnFailure the operator retries it.");
  }

  private static Finding unschedulable(String podName, String role, String message, List<Evidence> evidence) {
    return new Finding(Cause.UNSCHEDULABLE, role + " pod " + podName + " cannot be scheduled: " + message,
        Optional.of(podName), Optional.of(role), Optional.empty(), evidence.get(evidence.size() - 1).time(), false,
        evidence, "The scheduler's message says which nodes lack what: lower the pod's requests (cores, memory + "
            + "overhead), fix its nodeSelector, affinity or tolerations, or add capacity.");
  }

  private Finding applicationError(String state) {
    List<Evidence> evidence = new ArrayList<>();
    Optional<String> error = kind.errorMessage(resource);
    evidence.add(new Evidence(Evidence.Source.APPLICATION_STATUS, objectName(), "state " + state
        + error.map(e -> ", errorMessage: " + e).orElse(""), kind.since(resource)));
    events.stream().filter(e -> e.reason().equals("SparkDriverFailed") || e.reason().equals("SparkApplicationFailed"))
        .reduce((a, b) -> b).ifPresent(e -> evidence.add(Evidence.of(e)));
    if (!logLines.isEmpty()) {
      evidence.add(new Evidence(Evidence.Source.DRIVER_LOG, objectName(), logLines.get(logLines.size() - 1),
          Optional.empty()));
    }
    return new Finding(Cause.APPLICATION_ERROR, "the application failed" + error.map(e -> ": " + e).orElse(""),
        Optional.empty(), Optional.empty(), Optional.empty(), kind.since(resource), false, evidence,
        "Read the driver's log (sparkapp logs NAME): the exception that ended the job is in its last lines.");
  }

  private Optional<Finding> executors(List<Finding> executorFindings) {
    Set<String> failedPods = new LinkedHashSet<>();
    List<Evidence> evidence = new ArrayList<>();
    for (ClusterEvent event : events) {
      if (event.reason().equals("SparkExecutorFailed")) {
        String[] words = event.message().split(" ");
        failedPods.add(words.length > 1 ? words[1] : event.message());
        evidence.add(Evidence.of(event));
      }
    }
    for (Finding finding : executorFindings) {
      finding.pod().ifPresent(failedPods::add);
    }
    Object executorState = resource.get("status", "executorState");
    if (executorState instanceof Map<?, ?> states) {
      states.forEach((pod, state) -> {
        if ("FAILED".equals(state)) {
          failedPods.add(pod.toString());
        }
      });
    }
    if (failedPods.size() < FAILING_EXECUTORS) {
      return Optional.empty();
    }
    executorFindings.stream().flatMap(f -> f.evidence().stream()).forEach(evidence::add);
    List<Evidence> shown = evidence.subList(Math.max(0, evidence.size() - 4), evidence.size());
    return Optional.of(new Finding(Cause.EXECUTORS_FAILING, failedPods.size() + " executors failed or were lost: "
        + String.join(", ", failedPods.stream().limit(5).toList()) + (failedPods.size() > 5 ? ", ..." : ""),
        Optional.empty(), Optional.of("executor"), Optional.empty(), shown.isEmpty() ? Optional.empty()
        : shown.get(shown.size() - 1).time(), false, shown,
        "See each executor's cause below (out of memory, evicted, preempted, killed by a probe); Spark gives up on "
            + "a task after spark.task.maxFailures and on the job when executors keep failing."));
  }

  private Optional<Finding> stuck(String state, List<Finding> findings) {
    if (!findings.isEmpty() || kind.terminal(state) || kind.failed(state)) {
      return Optional.empty();
    }
    Optional<Instant> since = kind.since(resource).or(() -> KindStatus.parseTime(resource.getMetadata()
        .getCreationTimestamp()));
    boolean waiting = state.isEmpty() || state.equals("SUBMITTED") || state.equals("PENDING_RERUN")
        || state.equals("UNKNOWN") || state.equals("Provisioning") || state.equals("NotReady");
    if (!waiting || since.isEmpty() || Duration.between(since.get(), now).compareTo(stuckAfter) <= 0) {
      return Optional.empty();
    }
    Duration waited = Duration.between(since.get(), now).withNanos(0);
    String shown = state.isEmpty() ? "NEW" : state;
    return Optional.of(new Finding(Cause.TIMED_OUT_IN_STATE, "in " + shown + " for " + waited.toString().substring(2)
        .toLowerCase(java.util.Locale.ROOT) + " (longer than " + stuckAfter.toString().substring(2)
        .toLowerCase(java.util.Locale.ROOT) + ") with no cause in the events", Optional.empty(), Optional.empty(),
        Optional.empty(), since, false, List.of(new Evidence(Evidence.Source.APPLICATION_STATUS, objectName(),
            "state " + shown + " since " + since.get(), since)),
        state.isEmpty() ? "The operator has not picked the application up: check that it runs and watches this "
            + "namespace (its spark.jobNamespaces), and its log." : "Check the operator's log and the driver pod "
            + "(kubectl describe pod); a batch scheduler (Volcano, Yunikorn, Kueue) may be holding it in a queue."));
  }

  private Optional<ContainerStateTerminated> terminated(Optional<Pod> pod, String container) {
    return pod.map(Pod::getStatus).map(s -> s.getContainerStatuses()).orElse(List.of()).stream()
        .filter(s -> container.equals(s.getName())).findFirst()
        .map(s -> s.getState() != null && s.getState().getTerminated() != null ? s.getState().getTerminated()
            : s.getLastState() == null ? null : s.getLastState().getTerminated());
  }

  private static Evidence containerEvidence(String podName, String container, ContainerStateTerminated t) {
    return new Evidence(Evidence.Source.CONTAINER_STATUS, "Pod/" + podName, "container " + container + " terminated: "
        + "reason " + t.getReason() + ", exit code " + t.getExitCode()
        + (t.getMessage() == null || t.getMessage().isBlank() ? "" : ", message " + t.getMessage().strip()),
        KindStatus.parseTime(t.getFinishedAt()));
  }

  private String memory(Pod pod, String container, String role) {
    StringBuilder text = new StringBuilder();
    container(pod, container).map(Container::getResources).ifPresent(r -> {
      Quantity limit = r.getLimits() == null ? null : r.getLimits().get("memory");
      Quantity request = r.getRequests() == null ? null : r.getRequests().get("memory");
      text.append("limit ").append(limit == null ? "none" : limit.toString());
      if (request != null) {
        text.append(", request ").append(request);
      }
    });
    String section = role.equals("executor") ? "executor" : "driver";
    String memory = KindStatus.string(resource, "spec", section, "memory")
        .or(() -> KindStatus.string(resource, "spec", "sparkConf", "spark." + section + ".memory")).orElse("not set");
    String overhead = KindStatus.string(resource, "spec", section, "memoryOverhead")
        .or(() -> KindStatus.string(resource, "spec", "sparkConf", "spark." + section + ".memoryOverhead"))
        .orElse("Spark's default, max(384m, 10% of memory)");
    return (text.length() == 0 ? "" : text + "; ") + "spec." + section + ".memory " + memory + " + memoryOverhead "
        + overhead;
  }

  private static String exitMeaning(int exit) {
    return switch (exit) {
      case 137 -> ": killed by SIGKILL";
      case 143 -> ": stopped by SIGTERM";
      default -> "";
    };
  }

  private static Optional<Container> container(Pod pod, String name) {
    return pod.getSpec() == null || pod.getSpec().getContainers() == null ? Optional.empty()
        : pod.getSpec().getContainers().stream().filter(c -> name.equals(c.getName())).findFirst();
  }

  private static String containerIn(String killingMessage) {
    String[] words = killingMessage.split(" ");
    return words.length > 1 ? words[1] : "";
  }

  private static String role(Pod pod) {
    Map<String, String> labels = pod.getMetadata().getLabels();
    return labels == null ? "" : Objects.toString(labels.get("spark-role"), "");
  }

  private String objectName() {
    return ClusterReads.kindOf(resource, SparkResource.class) + "/" + resource.getMetadata().getName();
  }
}
