package dev.sparkapp.client;

import dev.sparkapp.core.ApplicationState;
import dev.sparkapp.core.ApplicationStateType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationStatus;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.net.URL;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One wait for a SparkApplication's {@code status.applicationState.state}, on fabric8's informer-backed
 * {@code waitUntilCondition}: every change the watch delivers is checked; nothing polls.
 */
final class ApplicationStateWait {
  private final ResourceRef ref;
  private final Set<ApplicationStateType> awaited;
  private final Duration timeout;
  private final Function<GenericKubernetesResource, SparkApplication> reader;
  private final URL server;
  private final AtomicReference<SparkApplicationStatus> lastSeen = new AtomicReference<>();

  ApplicationStateWait(ResourceRef ref, Set<ApplicationStateType> awaited, Duration timeout,
      Function<GenericKubernetesResource, SparkApplication> reader, URL server) {
    this.ref = ref;
    this.awaited = EnumSet.copyOf(awaited);
    this.timeout = timeout;
    this.reader = reader;
    this.server = server;
  }

  /** Waits on {@code resource} and returns the status that ended the wait. */
  SparkApplicationStatus await(Resource<GenericKubernetesResource> resource) {
    GenericKubernetesResource last;
    try {
      last = resource.waitUntilCondition(this::ends, timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (KubernetesClientTimeoutException e) {
      throw new WaitTimeoutException("Timed out after " + timeout + " waiting for " + ref + " to reach "
          + describe(awaited) + "; its last state was " + stateOf(lastSeen.get()).name()
          + ". Wait longer (--timeout) or check the operator's events: kubectl describe sparkapplication -n "
          + ref.namespace() + " " + ref.name());
    } catch (KubernetesClientException e) {
      throw ClusterErrors.translate(e, Operation.WATCH, ref, server);
    }
    if (last == null) {
      throw new NotFoundException("Cannot wait for " + ref + ": it was deleted while waiting for "
          + describe(awaited) + ".", 404, null);
    }
    SparkApplicationStatus status = lastSeen.get();
    ApplicationStateType state = stateOf(status);
    if (!awaited.contains(state)) {
      String error = status.applicationState().flatMap(ApplicationState::errorMessage).map(m -> " (" + m + ")").orElse("");
      throw new TerminalStateException(ref + " reached the terminal state " + state.name() + error
          + " while waiting for " + describe(awaited) + "; it will not change any more. Check the driver's logs, "
          + "fix the application and apply it again.", status);
    }
    return status;
  }

  private boolean ends(GenericKubernetesResource resource) {
    if (resource == null) {
      return true;
    }
    SparkApplicationStatus status = reader.apply(resource).status().orElseGet(() -> SparkApplicationStatus.builder().build());
    lastSeen.set(status);
    ApplicationStateType state = stateOf(status);
    return awaited.contains(state) || state.isTerminal();
  }

  private static ApplicationStateType stateOf(SparkApplicationStatus status) {
    if (status == null) {
      return ApplicationStateType.NEW;
    }
    return status.applicationState().map(ApplicationState::stateType).orElse(ApplicationStateType.NEW);
  }

  private static String describe(Set<ApplicationStateType> states) {
    return states.stream().map(ApplicationStateType::name).collect(Collectors.joining(" or "));
  }
}
