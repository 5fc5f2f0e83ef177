package dev.sparkapp.client;

import dev.sparkapp.core.SparkResource;
import java.util.Optional;

/**
 * One change of state of one application, as an {@link ApplicationWatch} delivers it: the state the
 * listener last heard of ({@code from}, empty the first time the watch sees the application) and the
 * state now, with the execution attempt so that a retry that passes through the same state again is a
 * transition too.
 *
 * @param type the kind
 * @param namespace the namespace
 * @param name the name
 * @param uid the uid: a resource deleted and created again under the same name has a new one
 * @param from the state delivered before, empty when the watch sees the application for the first time
 * @param to the state now as the operator writes it ({@code ""} before the operator wrote one); for a
 *     deletion, the last state seen
 * @param attempt the execution attempt (0 before the first submission, or for kinds without attempts)
 * @param deleted whether the application was deleted
 * @param terminal whether {@code to} is a state the application does not leave by itself
 * @param resource the application as the server sent it with this change; empty only for a deletion
 *     noticed on resuming, when the watch holds no copy of it
 * @param <T> the model type
 */
public record StateTransition<T extends SparkResource>(Class<T> type, String namespace, String name, String uid,
    Optional<String> from, String to, int attempt, boolean deleted, boolean terminal, Optional<T> resource) {

  /** Returns {@code SparkApplication default/spark-pi: SUBMITTED -> RUNNING (attempt 1)}. */
  @Override
  public String toString() {
    return type.getSimpleName() + " " + namespace + "/" + name + ": " + from.map(f -> label(f) + " -> ").orElse("")
        + (deleted ? "deleted (last " + label(to) + ")" : label(to)) + (attempt > 0 ? " (attempt " + attempt + ")" : "");
  }

  private static String label(String state) {
    return state.isEmpty() ? "NEW" : state;
  }
}
