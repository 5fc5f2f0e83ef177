package dev.sparkapp.client;

import dev.sparkapp.core.InvalidArgumentException;
import dev.sparkapp.core.ApplicationStateType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationStatus;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkConnectState;
import dev.sparkapp.core.SparkConnectStatus;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Applies, reads, lists, deletes, suspends, watches, waits for and diagnoses the resources of every kind the SDK
 * models ({@link dev.sparkapp.core.ResourceKinds}: kubeflow's {@link SparkApplication}s,
 * {@link dev.sparkapp.core.ScheduledSparkApplication}s and {@link SparkConnect}s, the Apache operator's
 * SparkApplications and SparkClusters) on a Kubernetes cluster, over the fabric8 {@link KubernetesClient}. What it
 * reads from a kind's status comes from the kind's declaration ({@link dev.sparkapp.core.ResourceKind#status()}).
 *
 * <pre>{@code
 * try (SparkClient spark = SparkClient.create()) {
 *   spark.apply(List.of(log4jConfigMap, app));              // ConfigMap first, then the app
 *   SparkApplicationStatus done = spark.waitFor("spark-pi", Duration.ofMinutes(10),
 *       ApplicationStateType.COMPLETED);
 * }
 * }</pre>
 *
 * <p>A client is immutable and thread-safe. {@link #inNamespace}, {@link #dryRun} and
 * {@link #withOptions} return views that share the same connection. Every failure is a
 * {@link dev.sparkapp.core.SparkAppException}: {@link ClusterException} and its subclasses for the API
 * server's answers, {@link WaitTimeoutException} and {@link TerminalStateException} for waits.
 */
public final class SparkClient implements AutoCloseable {
  private final KubernetesClient kubernetes;
  private final boolean ownsClient;
  private final String namespace;
  private final SparkClientOptions options;
  private final ManifestCodec codec;

  private SparkClient(KubernetesClient kubernetes, boolean ownsClient, String namespace, SparkClientOptions options) {
    this.kubernetes = kubernetes;
    this.ownsClient = ownsClient;
    this.namespace = namespace;
    this.options = options;
    this.codec = new ManifestCodec(kubernetes.getKubernetesSerialization());
  }

  /**
   * Returns a client connected the way {@code kubectl} would be: the current context of the kubeconfig
   * ({@code KUBECONFIG} or {@code ~/.kube/config}), or the service account when running in a pod.
   * {@link #close()} closes the connection.
   */
  public static SparkClient create() {
    return owning(new KubernetesClientBuilder().build());
  }

  /**
   * Returns a client over {@code kubernetes}, which the caller keeps owning: {@link #close()} does not
   * close it. The namespace is the client's ({@code default} when it has none).
   */
  public static SparkClient of(KubernetesClient kubernetes) {
    Objects.requireNonNull(kubernetes, "kubernetes");
    return new SparkClient(kubernetes, false, namespaceOf(kubernetes), SparkClientOptions.defaults());
  }

  /** Returns a client over {@code kubernetes} that closes it on {@link #close()}. */
  static SparkClient owning(KubernetesClient kubernetes) {
    return new SparkClient(kubernetes, true, namespaceOf(kubernetes), SparkClientOptions.defaults());
  }

  private static String namespaceOf(KubernetesClient kubernetes) {
    return kubernetes.getNamespace() == null ? "default" : kubernetes.getNamespace();
  }

  /** Returns the namespace used for names and for resources whose manifest has none. */
  public String namespace() {
    return namespace;
  }

  /** Returns the options. */
  public SparkClientOptions options() {
    return options;
  }

  /** Returns a view of this client working in {@code namespace}. */
  public SparkClient inNamespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    return new SparkClient(kubernetes, ownsClient, namespace, options);
  }

  /** Returns a view of this client with {@code options}. */
  public SparkClient withOptions(SparkClientOptions options) {
    return new SparkClient(kubernetes, ownsClient, namespace, Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns a view of this client whose writes ({@code apply}, {@code delete}, {@code suspend},
   * {@code resume}) are server-side dry runs: the server validates, runs admission and answers with the
   * result, but stores nothing.
   */
  public SparkClient dryRun() {
    return withOptions(options.toBuilder().dryRun(true).build());
  }

  /**
   * Applies one resource with the options' {@link ApplyStrategy} and returns it as the server stored it
   * (or would store it, in a dry run). {@code resource} is a {@link SparkApplication}, a
   * {@link dev.sparkapp.core.ScheduledSparkApplication}, a {@link SparkConnect} or any Kubernetes resource
   * ({@link HasMetadata}, for example a ConfigMap). A resource without a namespace goes to {@link #namespace()}. A Spark
   * resource's {@linkplain SparkResource#companions() companions} (the log4j2 ConfigMap of a
   * log-staleness probe) are applied first, as {@link #apply(List)} does, so that its pods find them.
   *
   * @throws ClusterException (a subclass for each failure kind) when the server refuses or is unreachable
   * @throws dev.sparkapp.core.SparkAppException when validation (on by default) finds errors
   */
  public <T> T apply(T resource) {
    Objects.requireNonNull(resource, "resource");
    if (resource instanceof SparkResource spark && !spark.companions().isEmpty()) {
      @SuppressWarnings("unchecked")
      T applied = (T) apply(List.of(resource)).get(0);
      return applied;
    }
    if (options.validate()) {
      Preflight.check(resource);
    }
    return send(resource);
  }

  /**
   * Applies several resources in dependency order (namespaces and CRDs, then ConfigMaps, Secrets and the
   * like, then other resources, then Spark applications), after validating all of them, and returns what
   * the server answered in the order of {@code resources}, each Spark resource followed by the
   * {@linkplain SparkResource#companions() companions} that were not in the list
   * ({@link SparkResource#withCompanions(List)}). Stops at the first failure; the resources before it
   * stay applied.
   *
   * @throws ClusterException (a subclass for each failure kind) when the server refuses or is unreachable
   */
  public List<Object> apply(List<?> given) {
    Objects.requireNonNull(given, "resources");
    List<Object> resources = SparkResource.withCompanions(given);
    if (options.validate()) {
      resources.forEach(Preflight::check);
    }
    List<Object> ordered = new ArrayList<>(resources);
    ordered.sort(Comparator.comparingInt(SparkClient::applyRank));
    Map<Object, Object> applied = new IdentityHashMap<>();
    for (Object resource : ordered) {
      applied.put(resource, send(resource));
    }
    List<Object> results = new ArrayList<>(resources.size());
    resources.forEach(resource -> results.add(applied.get(resource)));
    return results;
  }

  private <T> T send(T resource) {
    ResourceRef ref = refOf(resource);
    String manifest = codec.render(resource);
    Applier applier = options.strategy() == ApplyStrategy.SERVER_SIDE_APPLY
        ? new ServerSideApply(kubernetes)
        : new CreateOrReplace(kubernetes);
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) resource.getClass();
    return codec.read(applier.apply(ref, manifest, options), type);
  }

  private static int applyRank(Object resource) {
    if (resource instanceof SparkResource) {
      return 3;
    }
    String kind = resource instanceof HasMetadata meta ? meta.getKind() : "";
    switch (kind == null ? "" : kind) {
      case "Namespace":
      case "CustomResourceDefinition":
        return 0;
      case "ConfigMap":
      case "Secret":
      case "ServiceAccount":
      case "PersistentVolumeClaim":
      case "Role":
      case "RoleBinding":
      case "ClusterRole":
      case "ClusterRoleBinding":
        return 1;
      default:
        return 2;
    }
  }

  private ResourceRef refOf(Object resource) {
    ResourceType type = ResourceType.of(resource, kubernetes);
    ObjectMeta meta = resource instanceof SparkResource spark ? spark.metadata() : ((HasMetadata) resource).getMetadata();
    if (meta == null || meta.getName() == null || meta.getName().isBlank()) {
      throw new InvalidArgumentException("Cannot apply a " + type.kind() + " without metadata.name: set a name "
          + "(generateName is not supported by apply).");
    }
    return new ResourceRef(type, meta.getNamespace() == null ? namespace : meta.getNamespace(), meta.getName());
  }

  /**
   * Returns the resource of {@code type} called {@code name} in {@link #namespace()}, read leniently so
   * that fields the SDK does not model are kept, or empty when there is none.
   *
   * @throws OperatorNotInstalledException when the cluster does not serve the type
   * @throws ClusterException for other failures
   */
  public <T extends SparkResource> Optional<T> get(Class<T> type, String name) {
    ResourceRef ref = ref(type, name);
    GenericKubernetesResource found = call(Operation.GET, ref, () -> resources(ref.type()).withName(name).get());
    if (found == null) {
      requireServed(ref);
      return Optional.empty();
    }
    return Optional.of(typed(found, type));
  }

  /**
   * Returns all resources of {@code type} in {@link #namespace()}.
   *
   * @throws OperatorNotInstalledException when the cluster does not serve the type
   */
  public <T extends SparkResource> List<T> list(Class<T> type) {
    return list(type, null);
  }

  /**
   * Returns the resources of {@code type} in {@link #namespace()} whose labels match
   * {@code labelSelector} ({@code kubectl} syntax: {@code app=etl,tier!=test}); all of them when it is
   * {@code null} or empty.
   *
   * @throws OperatorNotInstalledException when the cluster does not serve the type
   */
  public <T extends SparkResource> List<T> list(Class<T> type, String labelSelector) {
    ResourceRef ref = ref(type, "*");
    ListOptionsBuilder listOptions = new ListOptionsBuilder();
    if (labelSelector != null && !labelSelector.isBlank()) {
      listOptions.withLabelSelector(labelSelector);
    }
    GenericKubernetesResourceList found =
        call(Operation.LIST, ref, () -> resources(ref.type()).list(listOptions.build()));
    List<T> results = new ArrayList<>(found.getItems().size());
    found.getItems().forEach(item -> results.add(typed(item, type)));
    return results;
  }

  /**
   * Deletes the resource of {@code type} called {@code name} in {@link #namespace()}, letting the
   * garbage collector remove its dependents (driver and executor pods, services) in the background.
   *
   * @return {@code true} if it was deleted, {@code false} if there was none
   */
  public boolean delete(Class<? extends SparkResource> type, String name) {
    return delete(type, name, DeletionPropagation.BACKGROUND);
  }

  /**
   * Deletes the resource of {@code type} called {@code name} in {@link #namespace()} with the given
   * propagation policy for its dependents.
   *
   * @return {@code true} if it was deleted, {@code false} if there was none
   * @throws OperatorNotInstalledException when the cluster does not serve the type
   */
  public boolean delete(Class<? extends SparkResource> type, String name, DeletionPropagation propagation) {
    ResourceRef ref = ref(type, name);
    Objects.requireNonNull(propagation, "propagation");
    boolean deleted = call(Operation.DELETE, ref, () -> {
      Resource<GenericKubernetesResource> resource = resources(ref.type()).withName(name);
      var deletable = options.dryRun() ? resource.dryRun() : resource;
      return !deletable.withPropagationPolicy(propagation).delete().isEmpty();
    });
    if (!deleted) {
      requireServed(ref);
    }
    return deleted;
  }

  /**
   * Sets {@code spec.suspend} to {@code true}: the operator stops a running SparkApplication, or skips
   * the next runs of a ScheduledSparkApplication. Returns the resource as updated.
   *
   * @throws NotFoundException when there is no such resource
   */
  public <T extends SparkResource> T suspend(Class<T> type, String name) {
    return setSuspend(type, name, true);
  }

  /**
   * Sets {@code spec.suspend} to {@code false}: the operator submits the SparkApplication again, or
   * resumes the schedule. Returns the resource as updated.
   *
   * @throws NotFoundException when there is no such resource
   */
  public <T extends SparkResource> T resume(Class<T> type, String name) {
    return setSuspend(type, name, false);
  }

  private <T extends SparkResource> T setSuspend(Class<T> type, String name, boolean suspend) {
    ResourceRef ref = ref(type, name);
    GenericKubernetesResource patched = call(Operation.PATCH, ref, () -> {
      Resource<GenericKubernetesResource> resource = resources(ref.type()).withName(name);
      var patchable = options.dryRun() ? resource.dryRun() : resource;
      return patchable.patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"suspend\":" + suspend + "}}");
    });
    return typed(patched, type);
  }

  /**
   * Waits until the SparkApplication {@code name} in {@link #namespace()} reports one of {@code states}
   * in {@code status.applicationState.state}, watching the resource (no polling), and returns its status
   * at that moment.
   *
   * @throws NotFoundException when there is no such application, or it is deleted while waiting
   * @throws TerminalStateException when it reaches a terminal state that is not awaited (for example
   *     {@code FAILED} while waiting for {@code COMPLETED})
   * @throws WaitTimeoutException when {@code timeout} passes first
   */
  public SparkApplicationStatus waitFor(String name, Duration timeout, ApplicationStateType... states) {
    Objects.requireNonNull(timeout, "timeout");
    if (states.length == 0) {
      throw new InvalidArgumentException("waitFor needs at least one state to wait for, for example COMPLETED");
    }
    ResourceRef ref = ref(SparkApplication.class, name);
    List<String> awaited = java.util.Arrays.stream(states).map(ApplicationStateType::value).toList();
    return await(ref, SparkApplication.class, awaited, timeout, new StateWait.Wording(s -> s.isEmpty() ? "NEW" : s,
        "Check the driver's logs, fix the application and apply it again.")).resource().status()
        .orElseGet(() -> SparkApplicationStatus.builder().build());
  }

  /**
   * Waits until the SparkConnect {@code name} in {@link #namespace()} reports one of {@code states} in
   * {@code status.state}, watching the resource (no polling), and returns its status at that moment. The
   * operator reports {@link SparkConnectState#READY} while the server pod is ready, that is while its
   * readiness probe passes: {@code waitForConnect(name, timeout, SparkConnectState.READY)} returns once
   * clients can be served.
   *
   * @throws NotFoundException when there is no such SparkConnect, or it is deleted while waiting
   * @throws TerminalStateException when it reaches {@code Failed} while other states are awaited
   * @throws WaitTimeoutException when {@code timeout} passes first
   */
  public SparkConnectStatus waitForConnect(String name, Duration timeout, SparkConnectState... states) {
    Objects.requireNonNull(timeout, "timeout");
    if (states.length == 0) {
      throw new InvalidArgumentException("waitForConnect needs at least one state to wait for, for example READY");
    }
    ResourceRef ref = ref(SparkConnect.class, name);
    List<String> awaited = java.util.Arrays.stream(states).map(SparkConnectState::value).toList();
    return await(ref, SparkConnect.class, awaited, timeout, new StateWait.Wording(
        s -> SparkConnectState.fromValue(s).name(),
        "Check the server pod's events and logs, fix the SparkConnect and apply it again.")).resource().status()
        .orElseGet(() -> SparkConnectStatus.builder().build());
  }

  /**
   * Waits until the resource {@code name} of {@code type} in {@link #namespace()} reaches one of {@code states},
   * for any kind, as its declaration reads its status ({@link dev.sparkapp.core.ResourceKind#status()}): a
   * kubeflow SparkApplication's {@code status.applicationState.state} ({@code COMPLETED}), a SparkConnect's {@code
   * status.state} ({@code Ready}), an Apache operator SparkApplication's or SparkCluster's {@code
   * status.currentState.currentStateSummary} ({@code RunningHealthy}, {@code Succeeded}). States are named as the
   * operator writes them, or without case and underscores ({@code RUNNING_HEALTHY}). Watches the resource (no
   * polling) and returns the state reached and the resource as it was then.
   *
   * <p>For the Apache operator's kinds the wait reads {@code status.stateTransitionHistory}, so a state reached and
   * left between two updates the watch sees (Succeeded, then ResourceReleased) still ends the wait. A failure such
   * as {@code DriverReadyTimedOut} does not end it by itself: the operator may restart the application; it ends
   * when the operator releases the application ({@code ResourceReleased}), with a {@link TerminalStateException}
   * naming the failure and the operator's message.
   *
   * @throws dev.sparkapp.core.InvalidArgumentException when {@code states} is empty or names a state the kind's
   *     operator never writes (the message lists those it writes)
   * @throws NotFoundException when there is no such resource, or it is deleted while waiting
   * @throws TerminalStateException when it reaches a final state that is not awaited
   * @throws WaitTimeoutException when {@code timeout} passes first
   */
  public <T extends SparkResource> StateReached<T> waitFor(Class<T> type, String name, Duration timeout,
      String... states) {
    Objects.requireNonNull(timeout, "timeout");
    ResourceRef ref = ref(type, name);
    StateWait.Reached<T> reached = await(ref, type, awaitedStates(type, List.of(states)), timeout,
        StateWait.Wording.of(ref));
    return new StateReached<>(reached.state(), reached.resource());
  }

  /**
   * Returns the states of {@code type}'s kind that {@code given} name, as the operator writes them.
   *
   * @throws InvalidArgumentException when {@code given} is empty or names a state the kind never reaches
   */
  static List<String> awaitedStates(Class<? extends SparkResource> type, List<String> given) {
    dev.sparkapp.core.KindStatus kind = ResourceType.status(type);
    String declared = dev.sparkapp.core.ResourceKinds.of(type).toString();
    if (given.isEmpty()) {
      throw new InvalidArgumentException("waitFor needs at least one state to wait for; the operator writes "
          + String.join(", ", kind.states()) + " for a " + declared);
    }
    List<String> awaited = new ArrayList<>();
    for (String state : given) {
      Objects.requireNonNull(state, "state");
      awaited.add(kind.stateNamed(state).orElseThrow(() -> new InvalidArgumentException("The operator never writes "
          + "the state '" + state + "' for a " + declared + "; it writes " + String.join(", ", kind.states()))));
    }
    return awaited;
  }

  private <T extends SparkResource> StateWait.Reached<T> await(ResourceRef ref, Class<T> type, List<String> awaited,
      Duration timeout, StateWait.Wording wording) {
    GenericKubernetesResource current = current(ref);
    return new StateWait<>(ref, type, ResourceType.status(type), awaited, timeout, kubernetes.getMasterUrl(), wording)
        .await(resources(ref.type()).withName(ref.name()), r -> typed(r, type), current);
  }

  /** Reads {@code ref} for a wait: the resource as the server has it, or NotFoundException. */
  private GenericKubernetesResource current(ResourceRef ref) {
    GenericKubernetesResource found = call(Operation.GET, ref, () -> resources(ref.type()).withName(ref.name()).get());
    if (found == null) {
      requireServed(ref);
      throw ClusterErrors.notFound(Operation.WATCH, ref, kubernetes.getMasterUrl());
    }
    return found;
  }

  /**
   * Starts one watch over every resource of {@code type} in {@link #namespace()} (those matching the
   * options' label selector), delivering each one's state transitions to {@code listener}; see
   * {@link ApplicationWatch}. Returns once the first list is in; close the watch to stop it.
   *
   * @throws OperatorNotInstalledException when the cluster does not serve the type
   * @throws InvalidResumeTokenException when the options' token belongs to another kind or namespace
   * @throws ClusterException for other failures of the first list
   */
  public <T extends SparkResource> ApplicationWatch<T> watch(Class<T> type, WatchOptions options,
      TransitionListener<T> listener) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(listener, "listener");
    ResourceRef ref = ref(type, "*");
    var all = resources(ref.type());
    var source = options.labelSelector().isPresent() ? all.withLabelSelector(options.labelSelector().get()) : all;
    return ApplicationWatch.start(type, namespace, r -> typed(r, type), listener, source, options, e -> {
      if (e.getCode() == 404) {
        return ClusterErrors.notServed(ref.type(), kubernetes.getMasterUrl());
      }
      return ClusterErrors.translate(e, Operation.WATCH, ref, kubernetes.getMasterUrl());
    });
  }

  /** Watches every resource of {@code type} in {@link #namespace()} with {@link WatchOptions#defaults()}. */
  public <T extends SparkResource> ApplicationWatch<T> watch(Class<T> type, TransitionListener<T> listener) {
    return watch(type, WatchOptions.defaults(), listener);
  }

  /**
   * Returns the events about the resource {@code name} of {@code type} and about its pods (driver, or
   * server, and executors, including pods of earlier attempts whose events are still kept), oldest first.
   * One list request for the namespace's events; the API server keeps events for an hour by default.
   *
   * @throws NotFoundException when there is no such resource
   */
  public List<ClusterEvent> events(Class<? extends SparkResource> type, String name) {
    return new ClusterReads(this).events(getGeneric(type, name), ResourceType.status(type));
  }

  /**
   * Returns the end of the driver's (for a SparkConnect, the server's) log, bounded by {@code options}
   * (lines and bytes, applied by the API server and again while reading). For a
   * ScheduledSparkApplication, the driver of its last run; for an {@code ApacheSparkApplication}, the current
   * attempt's driver pod (found by the operator's and Spark's labels) and Spark's container in it; for an
   * {@code ApacheSparkCluster}, its master.
   *
   * @throws NotFoundException when there is no such resource, or it has no driver pod (yet, or any more)
   * @throws ClusterException when the API server refuses (for example 400 when {@code previous} is asked
   *     and the container never restarted)
   */
  public LogTail driverLog(Class<? extends SparkResource> type, String name, LogOptions options) {
    Objects.requireNonNull(options, "options");
    return new ClusterReads(this).driverLog(type, name, options);
  }

  /**
   * Follows the driver's (or server's) log from its last {@code tailLines} lines: each line goes to
   * {@code lines} on a thread of its own; a dropped connection is reopened from the last line's timestamp
   * (up to {@code maxReconnects} times), so no line repeats; it ends when the container ends or on
   * {@link LogFollow#close()}. Holds one line at a time in memory.
   *
   * @throws NotFoundException when there is no such resource or no driver pod
   * @throws InvalidArgumentException when {@code tailLines} or {@code maxReconnects} is negative
   */
  public LogFollow followDriverLog(Class<? extends SparkResource> type, String name, int tailLines, int maxReconnects,
      java.util.function.Consumer<String> lines) {
    Objects.requireNonNull(lines, "lines");
    if (tailLines < 0 || maxReconnects < 0) {
      throw new InvalidArgumentException("followDriverLog needs tailLines >= 0 and maxReconnects >= 0; got "
          + tailLines + " and " + maxReconnects);
    }
    return new ClusterReads(this).follow(type, name, tailLines, maxReconnects, lines);
  }

  /**
   * Returns why the resource {@code name} of {@code type} failed or restarted, in its latest attempt: see
   * {@link Diagnosis}. For a ScheduledSparkApplication, its last run; for the Apache operator's kinds, the
   * failure state its status records (also after it released the resources or restarted) with the operator's
   * message and what it means. Reads the resource, its pods, the namespace's events and the end of the driver's
   * log; changes nothing.
   *
   * @throws NotFoundException when there is no such resource
   * @throws OperatorNotInstalledException when the cluster does not serve the type
   */
  public Diagnosis diagnose(Class<? extends SparkResource> type, String name) {
    return new ClusterReads(this).diagnose(type, name, java.time.Clock.systemUTC());
  }

  KubernetesClient kubernetes() {
    return kubernetes;
  }

  /** Returns the resource as the server sent it. */
  GenericKubernetesResource getGeneric(Class<? extends SparkResource> type, String name) {
    ResourceRef ref = ref(type, name);
    GenericKubernetesResource found = call(Operation.GET, ref, () -> resources(ref.type()).withName(name).get());
    if (found == null) {
      requireServed(ref);
      throw ClusterErrors.notFound(Operation.GET, ref, kubernetes.getMasterUrl());
    }
    return found;
  }

  /** Runs a request about pods or events of the namespace, translating failures. */
  <R> R callNamespace(Operation operation, String kind, String plural, String name, Supplier<R> request) {
    try {
      return request.get();
    } catch (KubernetesClientException e) {
      ResourceRef ref = new ResourceRef(new ResourceType("", "v1", kind, plural, true), namespace, name);
      if (e.getCode() == 404) {
        throw ClusterErrors.notFound(operation, ref, kubernetes.getMasterUrl());
      }
      throw ClusterErrors.translate(e, operation, ref, kubernetes.getMasterUrl());
    }
  }

  private ResourceRef ref(Class<? extends SparkResource> type, String name) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    return new ResourceRef(ResourceType.of(type), namespace, name);
  }

  private NonNamespaceOperation<GenericKubernetesResource, GenericKubernetesResourceList,
      Resource<GenericKubernetesResource>> resources(ResourceType type) {
    return kubernetes.genericKubernetesResources(type.context()).inNamespace(namespace);
  }

  private <T> T typed(GenericKubernetesResource resource, Class<T> type) {
    return codec.read(kubernetes.getKubernetesSerialization().asJson(resource), type);
  }

  /** Throws {@link OperatorNotInstalledException} when the server's API discovery lacks the type. */
  private void requireServed(ResourceRef ref) {
    boolean served;
    try {
      served = ResourceType.discover(kubernetes, ref.type().apiVersion(), ref.type().kind()).isPresent();
    } catch (KubernetesClientException e) {
      throw ClusterErrors.translate(e, Operation.GET, ref, kubernetes.getMasterUrl());
    }
    if (!served) {
      throw ClusterErrors.notServed(ref.type(), kubernetes.getMasterUrl());
    }
  }

  /**
   * Runs a request about {@code ref}, translating failures. A 404 is ambiguous (no such resource, or no
   * such type); API discovery tells which.
   */
  private <R> R call(Operation operation, ResourceRef ref, Supplier<R> request) {
    try {
      return request.get();
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        requireServed(ref);
        throw ClusterErrors.notFound(operation, ref, kubernetes.getMasterUrl());
      }
      throw ClusterErrors.translate(e, operation, ref, kubernetes.getMasterUrl());
    }
  }

  /**
   * Closes the underlying connection if this client opened it ({@link #create()}); a client passed to
   * {@link #of} stays open. Views share the connection: closing one closes all.
   */
  @Override
  public void close() {
    if (ownsClient) {
      kubernetes.close();
    }
  }
}
