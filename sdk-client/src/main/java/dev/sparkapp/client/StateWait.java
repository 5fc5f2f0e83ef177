package dev.sparkapp.client;

import dev.sparkapp.core.ApplicationState;
import dev.sparkapp.core.ApplicationStateType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationStatus;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkConnectState;
import dev.sparkapp.core.SparkConnectStatus;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.net.URL;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One wait for the state a resource's status reports (a SparkApplication's {@code
 * status.applicationState.state}, a SparkConnect's {@code status.state}), on fabric8's informer-backed
 * {@code waitUntilCondition}: every change the watch delivers is checked; nothing polls.
 *
 * @param <S> the status type
 * @param <E> the state type
 */
final class StateWait<S, E extends Enum<E>> {
  /** What a wait reads from one kind of resource. */
  record States<S, E extends Enum<E>>(Function<GenericKubernetesResource, Optional<S>> status,
      Function<Optional<S>, E> state, Function<E, Boolean> terminal, Function<S, Optional<String>> error,
      String describeCommand, String advice) {}

  /** The states of a SparkApplication, read with {@code reader}. */
  static States<SparkApplicationStatus, ApplicationStateType> application(
      Function<GenericKubernetesResource, SparkApplication> reader) {
    return new States<>(r -> reader.apply(r).status(),
        s -> s.flatMap(SparkApplicationStatus::applicationState).map(ApplicationState::stateType)
            .orElse(ApplicationStateType.NEW),
        ApplicationStateType::isTerminal,
        s -> s.applicationState().flatMap(ApplicationState::errorMessage),
        "sparkapplication", "Check the driver's logs, fix the application and apply it again.");
  }

  /** The states of a SparkConnect, read with {@code reader}. */
  static States<SparkConnectStatus, SparkConnectState> connect(
      Function<GenericKubernetesResource, SparkConnect> reader) {
    return new States<>(r -> reader.apply(r).status(),
        s -> s.map(SparkConnectStatus::stateType).orElse(SparkConnectState.NEW),
        SparkConnectState::isTerminal,
        s -> Optional.ofNullable(s.conditions()).flatMap(c -> c.stream().map(x -> x.getMessage())
            .filter(m -> m != null && !m.isBlank()).findFirst()),
        "sparkconnect", "Check the server pod's events and logs, fix the SparkConnect and apply it again.");
  }

  private final ResourceRef ref;
  private final Set<E> awaited;
  private final Duration timeout;
  private final States<S, E> states;
  private final URL server;
  private final AtomicReference<Optional<S>> lastSeen = new AtomicReference<>(Optional.empty());

  StateWait(ResourceRef ref, Set<E> awaited, Duration timeout, States<S, E> states, URL server) {
    this.ref = ref;
    this.awaited = EnumSet.copyOf(awaited);
    this.timeout = timeout;
    this.states = states;
    this.server = server;
  }

  /** Waits on {@code resource} and returns the status that ended the wait. */
  S await(Resource<GenericKubernetesResource> resource, S empty) {
    GenericKubernetesResource last;
    try {
      last = resource.waitUntilCondition(this::ends, timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (KubernetesClientTimeoutException e) {
      throw new WaitTimeoutException("Timed out after " + timeout + " waiting for " + ref + " to reach "
          + describe(awaited) + "; its last state was " + states.state().apply(lastSeen.get()).name()
          + ". Wait longer (--timeout) or check the operator's events: kubectl describe " + states.describeCommand()
          + " -n " + ref.namespace() + " " + ref.name());
    } catch (KubernetesClientException e) {
      throw ClusterErrors.translate(e, Operation.WATCH, ref, server);
    }
    if (last == null) {
      throw new NotFoundException("Cannot wait for " + ref + ": it was deleted while waiting for "
          + describe(awaited) + ".", 404, null);
    }
    S status = lastSeen.get().orElse(empty);
    E state = states.state().apply(lastSeen.get());
    if (!awaited.contains(state)) {
      String error = states.error().apply(status).map(m -> " (" + m + ")").orElse("");
      throw new TerminalStateException(ref + " reached the terminal state " + state.name() + error
          + " while waiting for " + describe(awaited) + "; it will not change any more. " + states.advice(), status);
    }
    return status;
  }

  private boolean ends(GenericKubernetesResource resource) {
    if (resource == null) {
      return true;
    }
    Optional<S> status = states.status().apply(resource);
    lastSeen.set(status);
    E state = states.state().apply(status);
    return awaited.contains(state) || states.terminal().apply(state);
  }

  private static String describe(Set<? extends Enum<?>> states) {
    return states.stream().map(Enum::name).collect(Collectors.joining(" or "));
  }
}
