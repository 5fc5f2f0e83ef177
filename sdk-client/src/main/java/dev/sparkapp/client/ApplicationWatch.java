package dev.sparkapp.client;

import dev.sparkapp.core.KindStatus;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One watch over every application of one kind in one namespace (optionally those matching a label
 * selector), delivering each application's state transitions to a {@link TransitionListener}. It is one
 * fabric8 {@link SharedIndexInformer}: one list, then one watch connection for all applications, however
 * many; nothing polls. fabric8 reconnects a dropped watch and lists again when the server answers
 * {@code 410 Gone}; the resync re-checks the cache. Only a change of state or attempt is a transition:
 * status updates that change neither (the operator's executor bookkeeping) are not delivered.
 *
 * <pre>{@code
 * try (ApplicationWatch<SparkApplication> watch = spark.watch(SparkApplication.class,
 *     WatchOptions.builder().labelSelector("team=etl").resumeFrom(saved).build(),
 *     transition -> queue.add(transition))) {
 *   ...
 *   save(watch.resumeToken());
 * }
 * }</pre>
 *
 * <p>Close the watch to stop it. Started by {@link SparkClient#watch}.
 *
 * @param <T> the model type
 */
public final class ApplicationWatch<T extends SparkResource> implements AutoCloseable {
  private final Class<T> type;
  private final String namespace;
  private final KindStatus kind;
  private final Function<GenericKubernetesResource, T> reader;
  private final TransitionListener<T> listener;
  private final Map<String, ResumeToken.Entry> delivered = new ConcurrentHashMap<>();
  private final SharedIndexInformer<GenericKubernetesResource> informer;
  private final Consumer<GenericKubernetesResource> changes;

  private ApplicationWatch(Class<T> type, String namespace, KindStatus kind, Function<GenericKubernetesResource, T> reader,
      TransitionListener<T> listener, Informable<GenericKubernetesResource> source, WatchOptions options,
      Consumer<GenericKubernetesResource> changes) {
    this.type = type;
    this.changes = changes;
    this.namespace = namespace;
    this.kind = kind;
    this.reader = reader;
    this.listener = listener;
    this.informer = source.runnableInformer(options.resync().toMillis());
    options.resumeFrom().ifPresent(this::seed);
    informer.addEventHandler(new Handler());
  }

  /**
   * Starts a watch and returns once its first list is in and its watch connection is open (the first list's
   * transitions are delivered on the watch's thread, possibly after this returns).
   *
   * @throws ClusterException (a subclass per failure kind) when the first list fails
   */
  static <T extends SparkResource> ApplicationWatch<T> start(Class<T> type, String namespace,
      Function<GenericKubernetesResource, T> reader, TransitionListener<T> listener,
      Informable<GenericKubernetesResource> source, WatchOptions options, Function<KubernetesClientException, ClusterException> errors) {
    return start(type, namespace, reader, listener, source, options, errors, changed -> { });
  }

  /**
   * Starts a watch as {@link #start(Class, String, Function, TransitionListener, Informable, WatchOptions,
   * Function)} does, also handing every added or updated resource, as the server sent it, to {@code changes}
   * (before its transition, if it is one): a wait reads what the status records beyond the current state.
   */
  static <T extends SparkResource> ApplicationWatch<T> start(Class<T> type, String namespace,
      Function<GenericKubernetesResource, T> reader, TransitionListener<T> listener,
      Informable<GenericKubernetesResource> source, WatchOptions options, Function<KubernetesClientException, ClusterException> errors,
      Consumer<GenericKubernetesResource> changes) {
    ApplicationWatch<T> watch = new ApplicationWatch<>(type, namespace, ResourceType.status(type), reader, listener, source,
        options, changes);
    try {
      watch.informer.start().toCompletableFuture().join();
      watch.awaitWatching();
    } catch (CompletionException e) {
      watch.informer.close();
      if (e.getCause() instanceof KubernetesClientException k) {
        throw errors.apply(k);
      }
      throw e;
    }
    watch.informer.stopped().whenComplete((ignored, error) -> {
      if (error instanceof KubernetesClientException k) {
        listener.onStopped(errors.apply(k));
      } else if (error != null && error.getCause() instanceof KubernetesClientException k) {
        listener.onStopped(errors.apply(k));
      }
    });
    return watch;
  }

  /**
   * Waits (at most {@link #OPENING}) until the watch connection that follows the first list is open, so
   * that a watch closed right after it started does not leave a connection opening behind it. A look at
   * the informer's own flag, not a request.
   */
  private void awaitWatching() {
    long deadline = System.nanoTime() + OPENING.toNanos();
    while (!informer.isWatching() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static final java.time.Duration OPENING = java.time.Duration.ofSeconds(10);

  private void seed(ResumeToken token) {
    if (!token.kind().equals(type.getSimpleName()) || !token.namespace().equals(namespace)) {
      throw new InvalidResumeTokenException("This resume token belongs to a watch of " + token.kind() + " in namespace "
          + token.namespace() + ", not of " + type.getSimpleName() + " in " + namespace
          + ". Resume each watch from its own token.");
    }
    delivered.putAll(token.entries());
    List<GenericKubernetesResource> known = new ArrayList<>(token.size());
    for (ResumeToken.Entry entry : token.entries().values()) {
      GenericKubernetesResource stub = new GenericKubernetesResource();
      stub.setMetadata(new ObjectMetaBuilder().withName(entry.name()).withNamespace(namespace).withUid(entry.uid())
          .withResourceVersion(entry.resourceVersion()).build());
      known.add(stub);
    }
    informer.initialState(known.stream());
  }

  /**
   * Returns a token of everything delivered so far, to persist and {@linkplain ResumeToken#parse read back}.
   * A transition counts as delivered once the listener has returned from it, so a watch resumed from a token
   * taken inside the listener delivers that transition again (at least once, never lost).
   */
  public ResumeToken resumeToken() {
    return new ResumeToken(type.getSimpleName(), namespace, informer.lastSyncResourceVersion(),
        List.copyOf(delivered.values()));
  }

  /** Returns the applications the watch holds now, from its cache (no request). */
  public List<T> applications() {
    return informer.getStore().list().stream().map(reader).toList();
  }

  /** Returns how many applications the watch holds. */
  public int size() {
    return informer.getStore().list().size();
  }

  /** Returns whether the watch connection is open now (it may be reconnecting). */
  public boolean isWatching() {
    return informer.isWatching();
  }

  /** Stops the watch. */
  @Override
  public void close() {
    informer.close();
  }

  private void observe(GenericKubernetesResource resource) {
    String uid = resource.getMetadata().getUid();
    String state = kind.state(resource);
    int attempt = kind.attempt(resource);
    ResumeToken.Entry before = delivered.get(uid);
    ResumeToken.Entry now = new ResumeToken.Entry(uid, resource.getMetadata().getName(),
        Objects.toString(resource.getMetadata().getResourceVersion(), ""), state, attempt);
    if (before != null && before.state().equals(state) && before.attempt() == attempt) {
      delivered.put(uid, now);
      return;
    }
    listener.onTransition(new StateTransition<>(type, namespace, now.name(), uid,
        Optional.ofNullable(before).map(ResumeToken.Entry::state), state, attempt, false, kind.terminal(state),
        Optional.of(reader.apply(resource))));
    delivered.put(uid, now);
  }

  private void forget(GenericKubernetesResource resource) {
    String uid = resource.getMetadata().getUid();
    ResumeToken.Entry before = delivered.get(uid);
    if (before == null) {
      return;
    }
    Optional<T> typed = resource.getAdditionalProperties().containsKey("spec") ? Optional.of(reader.apply(resource))
        : Optional.empty();
    listener.onTransition(new StateTransition<>(type, namespace, before.name(), uid, Optional.of(before.state()),
        before.state(), before.attempt(), true, kind.terminal(before.state()), typed));
    delivered.remove(uid);
  }

  private final class Handler implements ResourceEventHandler<GenericKubernetesResource> {
    @Override
    public void onAdd(GenericKubernetesResource resource) {
      changes.accept(resource);
      observe(resource);
    }

    @Override
    public void onUpdate(GenericKubernetesResource before, GenericKubernetesResource after) {
      changes.accept(after);
      observe(after);
    }

    @Override
    public void onDelete(GenericKubernetesResource resource, boolean finalStateUnknown) {
      forget(resource);
    }
  }
}
