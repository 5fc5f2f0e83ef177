package dev.sparkapp.client;

import dev.sparkapp.core.KindStatus;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What {@link SparkClient} reads around an application, beside the application itself: its pods, the
 * events about it and them, its driver's log, and the diagnosis made of them. Requests: one for the
 * resource, one list of its pods (by the operator's label), one list of the namespace's events, one log
 * tail; nothing is watched or polled.
 */
final class ClusterReads {
  /** How long a waiting state may last before the diagnosis calls the application stuck. */
  static final Duration STUCK_AFTER = Duration.ofMinutes(15);

  private final SparkClient client;
  private final KubernetesClient kubernetes;
  private final String namespace;

  ClusterReads(SparkClient client) {
    this.client = client;
    this.kubernetes = client.kubernetes();
    this.namespace = client.namespace();
  }

  Diagnosis diagnose(Class<? extends SparkResource> type, String name, Clock clock) {
    KindStatus kind = ResourceType.status(type);
    GenericKubernetesResource resource = client.getGeneric(type, name);
    Optional<String> via = Optional.empty();
    Optional<KindStatus.Delegate> delegate = kind.delegate(resource);
    if (delegate.isPresent()) {
      via = Optional.of(kindOf(resource, type) + " " + name);
      kind = ResourceType.status(delegate.get().type());
      resource = client.getGeneric(delegate.get().type(), delegate.get().name());
    }
    List<Pod> pods = pods(resource, kind);
    List<ClusterEvent> events = events(resource, kind, pods);
    List<String> log = diagnosisLog(resource, kind, pods);
    return new Diagnoser(kind, resource, pods, events, log, clock.instant(), STUCK_AFTER).diagnose(via);
  }

  List<ClusterEvent> events(GenericKubernetesResource resource, KindStatus kind) {
    return events(resource, kind, pods(resource, kind));
  }

  private List<Pod> pods(GenericKubernetesResource resource, KindStatus kind) {
    String name = resource.getMetadata().getName();
    List<Pod> pods = new ArrayList<>(client.callNamespace(Operation.LIST, "Pod", "pods", kind.podSelector(name),
        () -> kubernetes.pods().inNamespace(namespace).withLabelSelector(kind.podSelector(name)).list().getItems()));
    Optional<String> driver = kind.driverPod(resource);
    if (driver.isPresent() && pods.stream().noneMatch(p -> driver.get().equals(p.getMetadata().getName()))) {
      Pod found = client.callNamespace(Operation.GET, "Pod", "pods", driver.get(),
          () -> kubernetes.pods().inNamespace(namespace).withName(driver.get()).get());
      if (found != null) {
        pods.add(found);
      }
    }
    return pods;
  }

  private List<ClusterEvent> events(GenericKubernetesResource resource, KindStatus kind, List<Pod> pods) {
    String name = resource.getMetadata().getName();
    String kindName = kindOf(resource, SparkResource.class);
    Set<String> podNames = new HashSet<>();
    pods.forEach(p -> podNames.add(p.getMetadata().getName()));
    kind.driverPod(resource).ifPresent(podNames::add);
    podNames.add(name + "-driver");
    List<Event> all = client.callNamespace(Operation.LIST, "Event", "events", "*",
        () -> kubernetes.v1().events().inNamespace(namespace).list().getItems());
    return all.stream().map(ClusterEvent::of)
        .filter(e -> (e.objectKind().equals(kindName) && e.objectName().equals(name))
            || kind.workloads(name).contains(e.objectKind() + "/" + e.objectName())
            || (e.objectKind().equals("Pod") && (podNames.contains(e.objectName()) || ownPodName(name, e.objectName()))))
        .sorted(Comparator.comparing(ClusterEvent::firstTime).thenComparing(ClusterEvent::lastTime))
        .toList();
  }

  /**
   * Returns whether {@code pod} is named as the operators and Spark name an application's pods that may be gone:
   * an executor ({@code NAME-...-exec-N}, Spark's {@code BasicExecutorFeatureStep}) or an earlier attempt's driver
   * ({@code NAME-ATTEMPT-driver}: the Apache operator's resource name prefix is {@code NAME-ATTEMPT},
   * {@code SparkAppSubmissionWorker.generateSparkAppId}, and Spark names the driver {@code PREFIX-driver}).
   */
  private static boolean ownPodName(String name, String pod) {
    return pod.startsWith(name + "-") && (pod.contains("-exec-") || pod.matches(
        java.util.regex.Pattern.quote(name) + "-\\d+-driver"));
  }

  /** The last lines of the driver's log for a diagnosis; empty when there is no log to read. */
  private List<String> diagnosisLog(GenericKubernetesResource resource, KindStatus kind, List<Pod> pods) {
    Optional<String> driver = driverPod(resource, kind, pods);
    if (driver.isEmpty() || pods.stream().noneMatch(p -> driver.get().equals(p.getMetadata().getName()))) {
      return List.of();
    }
    try {
      return DriverLogs.tail(kubernetes, namespace, driver.get(), kind.driverContainer(resource),
          LogOptions.builder().tailLines(20).limitBytes(16 * 1024).build()).lines();
    } catch (KubernetesClientException | ClusterException e) {
      return List.of();
    }
  }

  LogTail driverLog(Class<? extends SparkResource> type, String name, LogOptions options) {
    Target target = target(type, name);
    try {
      return DriverLogs.tail(kubernetes, namespace, target.pod(),
          options.container().orElse(target.container()), options);
    } catch (KubernetesClientException e) {
      ResourceRef ref = new ResourceRef(DriverLogs.PODS, namespace, target.pod());
      if (e.getCode() == 404) {
        throw ClusterErrors.notFound(Operation.GET, ref, kubernetes.getMasterUrl());
      }
      throw ClusterErrors.translate(e, Operation.GET, ref, kubernetes.getMasterUrl());
    }
  }

  LogFollow follow(Class<? extends SparkResource> type, String name, int tailLines, int maxReconnects,
      Consumer<String> lines) {
    Target target = target(type, name);
    return DriverLogs.follow(kubernetes, namespace, target.pod(), target.container(), tailLines,
        maxReconnects, lines);
  }

  private record Target(KindStatus kind, String pod, String container) {}

  /** Returns the kind as the server wrote it ({@code SparkApplication}), else the model type's simple name. */
  static String kindOf(GenericKubernetesResource resource, Class<?> type) {
    return resource.getKind() == null || resource.getKind().isBlank() ? type.getSimpleName() : resource.getKind();
  }

  private Target target(Class<? extends SparkResource> type, String name) {
    KindStatus kind = ResourceType.status(type);
    GenericKubernetesResource resource = client.getGeneric(type, name);
    Optional<KindStatus.Delegate> delegate = kind.delegate(resource);
    if (delegate.isPresent()) {
      kind = ResourceType.status(delegate.get().type());
      resource = client.getGeneric(delegate.get().type(), delegate.get().name());
    }
    KindStatus k = kind;
    GenericKubernetesResource r = resource;
    String pod = driverPod(r, k, List.of()).or(() -> driverPod(r, k, pods(r, k)))
        .orElseThrow(() -> new NotFoundException(kindOf(r, type) + " " + namespace + "/"
            + r.getMetadata().getName() + " has no driver pod (state " + (k.state(r).isEmpty() ? "NEW" : k.state(r))
            + "): the operator has not created it yet, or removed it. Read its events: sparkapp why "
            + r.getMetadata().getName(), 404, null));
    return new Target(k, pod, k.driverContainer(r));
  }

  /**
   * Returns the driver pod the status names, else of the pods with one of the kind's driver roles the one with
   * the current attempt's labels ({@link KindStatus#currentDriverLabels}), else the newest (an operator that
   * restarts an application creates a new driver pod per attempt, the Apache operator's named
   * {@code NAME-ATTEMPT-driver}).
   */
  static Optional<String> driverPod(GenericKubernetesResource resource, KindStatus kind, List<Pod> pods) {
    return kind.driverPod(resource).or(() -> pods.stream().filter(p -> p.getMetadata().getLabels() != null
        && kind.driverRoles().contains(p.getMetadata().getLabels().get("spark-role")))
        .max(Comparator.comparing((Pod p) -> p.getMetadata().getLabels().entrySet()
                .containsAll(kind.currentDriverLabels(resource).entrySet()))
            .thenComparing((Pod p) -> KindStatus.parseTime(p.getMetadata().getCreationTimestamp())
            .orElse(java.time.Instant.EPOCH)).thenComparing(p -> p.getMetadata().getName()))
        .map(p -> p.getMetadata().getName()));
  }
}
