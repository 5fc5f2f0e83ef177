package dev.sparkapp.client;

import dev.sparkapp.core.ApplicationState;
import dev.sparkapp.core.ApplicationStateType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationStatus;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkConnectState;
import dev.sparkapp.core.SparkConnectStatus;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.net.URL;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One wait for the state a resource's status reports (a SparkApplication's {@code
 * status.applicationState.state}, a SparkConnect's {@code status.state}), on an {@link ApplicationWatch}
 * of that one resource: every transition the watch delivers is checked; nothing polls.
 *
 * @param <T> the model type
 * @param <S> the status type
 * @param <E> the state type
 */
final class StateWait<T extends SparkResource, S, E extends Enum<E>> {
  /** What a wait reads from one kind of resource. */
  record States<T, S, E extends Enum<E>>(Class<T> type, Function<T, Optional<S>> status,
      Function<Optional<S>, E> state, Function<E, Boolean> terminal, Function<S, Optional<String>> error,
      String describeCommand, String advice) {}

  /** The states of a SparkApplication. */
  static States<SparkApplication, SparkApplicationStatus, ApplicationStateType> application() {
    return new States<>(SparkApplication.class, SparkApplication::status,
        s -> s.flatMap(SparkApplicationStatus::applicationState).map(ApplicationState::stateType)
            .orElse(ApplicationStateType.NEW),
        ApplicationStateType::isTerminal,
        s -> s.applicationState().flatMap(ApplicationState::errorMessage),
        "sparkapplication", "Check the driver's logs, fix the application and apply it again.");
  }

  /** The states of a SparkConnect. */
  static States<SparkConnect, SparkConnectStatus, SparkConnectState> connect() {
    return new States<>(SparkConnect.class, SparkConnect::status,
        s -> s.map(SparkConnectStatus::stateType).orElse(SparkConnectState.NEW),
        SparkConnectState::isTerminal,
        s -> Optional.ofNullable(s.conditions()).flatMap(c -> c.stream().map(x -> x.getMessage())
            .filter(m -> m != null && !m.isBlank()).findFirst()),
        "sparkconnect", "Check the server pod's events and logs, fix the SparkConnect and apply it again.");
  }

  private final ResourceRef ref;
  private final Set<E> awaited;
  private final Duration timeout;
  private final States<T, S, E> states;
  private final URL server;
  private final AtomicReference<Optional<S>> lastSeen = new AtomicReference<>(Optional.empty());

  StateWait(ResourceRef ref, Set<E> awaited, Duration timeout, States<T, S, E> states, URL server) {
    this.ref = ref;
    this.awaited = EnumSet.copyOf(awaited);
    this.timeout = timeout;
    this.states = states;
    this.server = server;
  }

  /**
   * Waits on {@code resource}, read with {@code reader}, and returns the status that ended the wait. When
   * {@code current} (as just read) already ends it, no watch is started.
   */
  S await(Resource<GenericKubernetesResource> resource, Function<GenericKubernetesResource, T> reader, S empty,
      GenericKubernetesResource current) {
    Optional<S> now = states.status().apply(reader.apply(current));
    if (awaited.contains(states.state().apply(now)) || states.terminal().apply(states.state().apply(now))) {
      lastSeen.set(now);
      return result(empty);
    }
    CompletableFuture<Boolean> ended = new CompletableFuture<>();
    TransitionListener<T> listener = transition -> {
      if (transition.deleted()) {
        ended.complete(false);
        return;
      }
      Optional<S> status = transition.resource().flatMap(states.status());
      lastSeen.set(status);
      E state = states.state().apply(status);
      if (awaited.contains(state) || states.terminal().apply(state)) {
        ended.complete(true);
      }
    };
    boolean exists;
    try (ApplicationWatch<T> watch = ApplicationWatch.start(states.type(), ref.namespace(), reader, listener, resource,
        WatchOptions.builder().resync(Duration.ZERO).build(), e -> ClusterErrors.translate(e, Operation.WATCH, ref, server))) {
      exists = ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new WaitTimeoutException("Timed out after " + timeout + " waiting for " + ref + " to reach "
          + describe(awaited) + "; its last state was " + states.state().apply(lastSeen.get()).name()
          + ". Wait longer (--timeout) or check the operator's events: kubectl describe " + states.describeCommand()
          + " -n " + ref.namespace() + " " + ref.name());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitTimeoutException("Interrupted while waiting for " + ref + " to reach " + describe(awaited) + ".");
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    if (!exists) {
      throw new NotFoundException("Cannot wait for " + ref + ": it was deleted while waiting for "
          + describe(awaited) + ".", 404, null);
    }
    return result(empty);
  }

  private S result(S empty) {
    S status = lastSeen.get().orElse(empty);
    E state = states.state().apply(lastSeen.get());
    if (!awaited.contains(state)) {
      String error = states.error().apply(status).map(m -> " (" + m + ")").orElse("");
      throw new TerminalStateException(ref + " reached the terminal state " + state.name() + error
          + " while waiting for " + describe(awaited) + "; it will not change any more. " + states.advice(), status);
    }
    return status;
  }

  private static String describe(Set<? extends Enum<?>> states) {
    return states.stream().map(Enum::name).collect(Collectors.joining(" or "));
  }
}
