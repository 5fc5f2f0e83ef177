package dev.sparkapp.client;

import dev.sparkapp.core.KindStatus;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One wait for a state that a resource's status reports, on an {@link ApplicationWatch} of that one resource:
 * every change the watch delivers is checked; nothing polls. What a state is, which states are final and which
 * are failures come from the kind's declaration ({@link KindStatus}). Each change is read through {@link
 * KindStatus#steps}: for a kind whose operator keeps a history (the Apache operator's {@code
 * stateTransitionHistory}), every step after the last one checked, in order, so that a state passed between two
 * changes the watch sees (Succeeded, then ResourceReleased within one reconcile) still counts.
 *
 * <p>The wait ends when an awaited state is reached, or when a final state is (then {@link
 * TerminalStateException}, naming the failure the resource passed through on the way, if any).
 *
 * @param <T> the model type
 */
final class StateWait<T extends SparkResource> {
  /** How a wait names states and what it advises, for the kind's typed wait methods' messages. */
  record Wording(UnaryOperator<String> label, String advice) {
    /** States as the operator writes them, the generic advice. */
    static Wording of(ResourceRef ref) {
      return new Wording(state -> state.isEmpty() ? "NEW" : state, "Read why with 'sparkapp why "
          + ref.name() + "' or kubectl describe " + ref.type().fullName() + " -n " + ref.namespace() + " "
          + ref.name() + ", fix the " + ref.type().kind() + " and apply it again.");
    }
  }

  /** What ended a wait: the awaited state reached, with the resource as it was then. */
  record Reached<T>(String state, T resource) {}

  private final ResourceRef ref;
  private final Class<T> type;
  private final KindStatus kind;
  private final Set<String> awaited;
  private final Duration timeout;
  private final URL server;
  private final Wording wording;
  private long lastStep = Long.MIN_VALUE;
  private Optional<KindStatus.Step> failure = Optional.empty();
  private volatile GenericKubernetesResource lastSeen;

  StateWait(ResourceRef ref, Class<T> type, KindStatus kind, List<String> awaited, Duration timeout, URL server,
      Wording wording) {
    this.ref = ref;
    this.type = type;
    this.kind = kind;
    this.awaited = new LinkedHashSet<>(awaited);
    this.timeout = timeout;
    this.server = server;
    this.wording = wording;
  }

  /** The outcome of reading one change: still waiting, an awaited state reached, or a final state reached. */
  private record Outcome(Optional<String> reached, Optional<KindStatus.Step> ended) {
    static final Outcome WAITING = new Outcome(Optional.empty(), Optional.empty());
  }

  /**
   * Reads the steps of {@code resource} after the last one read. Called on the watch's one thread (and before
   * the watch starts), so the step counter needs no lock.
   */
  private synchronized Outcome read(GenericKubernetesResource resource) {
    lastSeen = resource;
    List<KindStatus.Step> steps = kind.steps(resource);
    if (steps.isEmpty() && awaited.contains("")) {
      return new Outcome(Optional.of(""), Optional.empty());
    }
    for (KindStatus.Step step : steps) {
      if (step.step() != KindStatus.Step.CURRENT) {
        if (step.step() <= lastStep) {
          continue;
        }
        lastStep = step.step();
      }
      if (awaited.contains(step.state())) {
        return new Outcome(Optional.of(step.state()), Optional.empty());
      }
      if (kind.terminal(step.state())) {
        return new Outcome(Optional.empty(), Optional.of(step));
      }
      failure = kind.failed(step.state()) ? Optional.of(step) : Optional.empty();
    }
    return Outcome.WAITING;
  }

  /**
   * Waits on {@code resource}, read with {@code reader}, and returns the awaited state reached and the resource
   * then. When {@code current} (as just read) already ends it, no watch is started.
   */
  Reached<T> await(Resource<GenericKubernetesResource> resource, Function<GenericKubernetesResource, T> reader,
      GenericKubernetesResource current) {
    Outcome now = read(current);
    if (now != Outcome.WAITING) {
      return result(now, reader);
    }
    CompletableFuture<Outcome> ended = new CompletableFuture<>();
    TransitionListener<T> listener = transition -> {
      if (transition.deleted()) {
        ended.complete(null);
      }
    };
    try (ApplicationWatch<T> watch = ApplicationWatch.start(type, ref.namespace(), reader, listener, resource,
        WatchOptions.builder().resync(Duration.ZERO).build(), e -> ClusterErrors.translate(e, Operation.WATCH, ref, server),
        changed -> {
          Outcome outcome = read(changed);
          if (outcome != Outcome.WAITING) {
            ended.complete(outcome);
          }
        })) {
      Outcome outcome = ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (outcome == null) {
        throw new NotFoundException("Cannot wait for " + ref + ": it was deleted while waiting for "
            + describe(awaited) + ".", 404, null);
      }
      return result(outcome, reader);
    } catch (TimeoutException e) {
      throw new WaitTimeoutException("Timed out after " + timeout + " waiting for " + ref + " to reach "
          + describe(awaited) + "; its last state was " + wording.label().apply(kind.state(lastSeen))
          + ". Wait longer (--timeout) or check the operator's events: kubectl describe " + ref.type().fullName()
          + " -n " + ref.namespace() + " " + ref.name());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitTimeoutException("Interrupted while waiting for " + ref + " to reach " + describe(awaited) + ".");
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private Reached<T> result(Outcome outcome, Function<GenericKubernetesResource, T> reader) {
    T typed = reader.apply(lastSeen);
    if (outcome.reached().isPresent()) {
      return new Reached<>(outcome.reached().get(), typed);
    }
    KindStatus.Step end = outcome.ended().orElseThrow();
    // a final state that is itself a failure (kubeflow's FAILED) is the cause; else the failure passed on the way
    Optional<KindStatus.Step> cause = kind.failed(end.state()) ? Optional.empty() : failure;
    String ending = wording.label().apply(end.state()) + end.message().map(m -> " (" + m + ")").orElse("")
        + cause.map(f -> " after " + wording.label().apply(f.state()) + f.message().map(m -> " (" + m + ")").orElse(""))
            .orElse("");
    KindStatus.Step named = cause.orElse(end);
    throw new TerminalStateException(ref + " reached the terminal state " + ending + " while waiting for "
        + describe(awaited) + "; it will not change any more. " + wording.advice(), named.state(), named.message(),
        typed);
  }

  private String describe(Set<String> states) {
    return states.stream().map(wording.label()).collect(Collectors.joining(" or "));
  }
}
