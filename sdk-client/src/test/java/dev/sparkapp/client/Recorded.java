package dev.sparkapp.client;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pods, container statuses and events shaped as Kubernetes and the kubeflow spark-operator write them,
 * for the diagnosis tests. Each builder names the source whose fields and texts it copies.
 */
final class Recorded {
  private static final AtomicInteger EVENTS = new AtomicInteger();

  private Recorded() {}

  /**
   * A driver pod as the operator's submission makes it: Spark's container {@code spark-kubernetes-driver}
   * (kubeflow spark-operator v2.5.2 {@code pkg/common/spark.go} SparkDriverContainerName), labels
   * {@code spark-role=driver} and {@code sparkoperator.k8s.io/app-name} ({@code pkg/common/spark.go}), the
   * container's memory limit = memory + overhead as Spark's {@code BasicDriverFeatureStep} sets it.
   */
  static Pod driver(String app, String uid, Probe liveness, String phase, ContainerStatus status) {
    return pod(app + "-driver", uid, app, "driver", "spark-kubernetes-driver", liveness, phase, status, "1408Mi");
  }

  /** An executor pod as Spark's {@code BasicExecutorFeatureStep} names it ({@code APP-HASH-exec-N}). */
  static Pod executor(String app, int n, String phase, ContainerStatus status) {
    return pod(app + "-5f3a8c9d2e-exec-" + n, "exec-uid-" + n, app, "executor", "spark-kubernetes-executor", null,
        phase, status, "2432Mi");
  }

  static Pod pod(String name, String uid, String app, String role, String container, Probe liveness, String phase,
      ContainerStatus status, String memoryLimit) {
    Container spark = new ContainerBuilder().withName(container).withImage("apache/spark:4.0.1")
        .withLivenessProbe(liveness)
        .withNewResources().addToLimits("memory", new Quantity(memoryLimit))
        .addToRequests("memory", new Quantity(memoryLimit)).addToRequests("cpu", new Quantity("1")).endResources()
        .build();
    return new PodBuilder()
        .withNewMetadata().withName(name).withNamespace("default").withUid(uid)
        .withLabels(Map.of("spark-role", role, "sparkoperator.k8s.io/app-name", app,
            "sparkoperator.k8s.io/launched-by-spark-operator", "true", "spark-app-selector", "spark-0123456789abcdef"))
        .endMetadata()
        .withNewSpec().withContainers(spark).withRestartPolicy("Never").withNodeName("node-1").endSpec()
        .withNewStatus().withPhase(phase).withContainerStatuses(status == null ? List.of() : List.of(status))
        .endStatus()
        .build();
  }

  /**
   * A container that ended: {@code state.terminated} as the kubelet reports it (reason {@code Error} for a
   * non-zero exit, {@code OOMKilled} when the kernel's OOM killer ended it, {@code ContainerCannotRun}
   * when the runtime could not start it; {@code pkg/kubelet/kuberuntime/kuberuntime_container.go}
   * toKubeContainerStatus and the CRI runtimes' reasons).
   */
  static ContainerStatus terminated(String container, int exitCode, String reason, String message, String startedAt,
      String finishedAt) {
    return new ContainerStatusBuilder().withName(container).withImage("docker.io/apache/spark:4.0.1")
        .withImageID("docker.io/apache/spark@sha256:5e3a").withContainerID("containerd://8d1f0c").withReady(false)
        .withRestartCount(0).withStarted(false)
        .withNewState().withNewTerminated().withExitCode(exitCode).withReason(reason).withMessage(message)
        .withStartedAt(startedAt).withFinishedAt(finishedAt).withContainerID("containerd://8d1f0c").endTerminated()
        .endState().build();
  }

  /** A running container. */
  static ContainerStatus running(String container, String startedAt) {
    return new ContainerStatusBuilder().withName(container).withImage("docker.io/apache/spark:4.0.1")
        .withReady(true).withRestartCount(0).withStarted(true)
        .withNewState().withNewRunning().withStartedAt(startedAt).endRunning().endState().build();
  }

  /**
   * A container that cannot start: {@code state.waiting} with the kubelet's reason and message
   * ({@code ErrImagePull}/{@code ImagePullBackOff} from {@code pkg/kubelet/images/types.go},
   * {@code CreateContainerConfigError} from {@code pkg/kubelet/kuberuntime/kuberuntime_container.go}).
   */
  static ContainerStatus waiting(String container, String image, String reason, String message) {
    return new ContainerStatusBuilder().withName(container).withImage(image).withImageID("").withReady(false)
        .withRestartCount(0).withStarted(false)
        .withNewState().withNewWaiting().withReason(reason).withMessage(message).endWaiting().endState().build();
  }

  /** A pod condition as the kubelet or the scheduler sets it. */
  static PodCondition condition(String type, String status, String reason, String message, String time) {
    return new PodConditionBuilder().withType(type).withStatus(status).withReason(reason).withMessage(message)
        .withLastTransitionTime(time).withLastProbeTime(null).build();
  }

  /**
   * An event as a legacy recorder writes it ({@code k8s.io/client-go/tools/record}: the kubelet, and
   * controller-runtime's recorder, so the spark-operator): {@code firstTimestamp}, {@code lastTimestamp},
   * {@code count}, {@code source}, {@code eventTime} empty.
   */
  static Event legacy(String kind, String name, String uid, String fieldPath, String type, String reason,
      String message, int count, String first, String last, String component) {
    String eventName = name + "." + Long.toHexString(0x17d2a9c3f0000000L + EVENTS.incrementAndGet());
    return new EventBuilder()
        .withNewMetadata().withName(eventName).withNamespace("default").withCreationTimestamp(first).endMetadata()
        .withNewInvolvedObject().withKind(kind).withNamespace("default").withName(name).withUid(uid)
        .withApiVersion(kind.equals("Pod") ? "v1" : "sparkoperator.k8s.io/v1beta2").withFieldPath(fieldPath)
        .endInvolvedObject()
        .withType(type).withReason(reason).withMessage(message).withCount(count)
        .withFirstTimestamp(first).withLastTimestamp(last)
        .withNewSource().withComponent(component).withHost(component.equals("kubelet") ? "node-1" : null).endSource()
        .withReportingComponent(component.equals("kubelet") ? "kubelet" : "")
        .withReportingInstance(component.equals("kubelet") ? "node-1" : "")
        .build();
  }

  /** A kubelet event about a container of a pod ({@code fieldPath spec.containers{NAME}}). */
  static Event kubelet(String pod, String uid, String container, String type, String reason, String message, int count,
      String first, String last) {
    return legacy("Pod", pod, uid, container == null ? null : "spec.containers{" + container + "}", type, reason,
        message, count, first, last, "kubelet");
  }

  /** An event of the spark-operator's recorder about an application ({@code spark-operator} component). */
  static Event operator(String app, String type, String reason, String message, String time) {
    return legacy("SparkApplication", app, "app-uid-" + app, null, type, reason, message, 1, time, time,
        "spark-application-controller");
  }

  /**
   * An event written through {@code events.k8s.io/v1} (the scheduler's recorder,
   * {@code k8s.io/client-go/tools/events}), as {@code core/v1} reads it back: {@code eventTime},
   * {@code series} (count and lastObservedTime) when repeated, {@code reportingComponent}, {@code action};
   * {@code firstTimestamp}, {@code lastTimestamp} and {@code count} empty.
   */
  static Event scheduler(String pod, String uid, String type, String reason, String action, String message,
      String eventTime, Integer seriesCount, String lastObserved) {
    EventBuilder event = new EventBuilder()
        .withNewMetadata().withName(pod + "." + Long.toHexString(0x18000000000L + EVENTS.incrementAndGet()))
        .withNamespace("default").withCreationTimestamp(eventTime.substring(0, 19) + "Z").endMetadata()
        .withNewInvolvedObject().withKind("Pod").withNamespace("default").withName(pod).withUid(uid)
        .withApiVersion("v1").endInvolvedObject()
        .withType(type).withReason(reason).withAction(action).withMessage(message)
        .withEventTime(new MicroTime(eventTime))
        .withReportingComponent("default-scheduler").withReportingInstance("default-scheduler-control-plane")
        .withNewSource().endSource();
    if (seriesCount != null) {
      event.withNewSeries().withCount(seriesCount).withLastObservedTime(new MicroTime(lastObserved)).endSeries();
    }
    return event.build();
  }

  /**
   * Stores {@code pods} and {@code events} in the CRUD mock. The mock gives each pod a uid of its own; the
   * events' {@code involvedObject.uid} is mapped from the uid the test wrote to the one the pod got, so
   * that events still tell incarnations of a pod apart.
   */
  static void store(KubernetesClient kubernetes, List<Pod> pods, List<Event> events) {
    Map<String, String> uids = new java.util.HashMap<>();
    for (Pod pod : pods) {
      Pod created = kubernetes.pods().inNamespace("default").resource(pod).create();
      uids.put(pod.getMetadata().getUid(), created.getMetadata().getUid());
    }
    for (Event event : events) {
      String uid = event.getInvolvedObject().getUid();
      event.getInvolvedObject().setUid(uids.getOrDefault(uid, uid));
      kubernetes.v1().events().inNamespace("default").resource(event).create();
    }
  }

  /** Plays the operator: merges {@code status} (JSON) into the application's status. */
  static void status(KubernetesClient kubernetes, ResourceType type, String name, String status) {
    kubernetes.genericKubernetesResources(type.context()).inNamespace("default").withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":" + status + "}");
  }

  /** Reads the application as the server has it. */
  static GenericKubernetesResource generic(KubernetesClient kubernetes, ResourceType type, String name) {
    return kubernetes.genericKubernetesResources(type.context()).inNamespace("default").withName(name).get();
  }
}
