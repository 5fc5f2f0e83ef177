package dev.sparkapp.client;

import dev.sparkapp.core.SparkResource;
import java.util.Objects;

/**
 * What {@link SparkClient#waitFor(Class, String, java.time.Duration, String...)} returns: the awaited state the
 * resource reached, as its operator writes it ({@code Succeeded}), and the resource as the wait last saw it. For a
 * kind whose operator keeps a state history, the resource may have moved on since ({@code ResourceReleased} after
 * {@code Succeeded}).
 *
 * @param state the awaited state reached, as the operator writes it
 * @param resource the resource as the wait last saw it
 * @param <T> the model type
 */
public record StateReached<T extends SparkResource>(String state, T resource) {
  /** Checks that both are set. */
  public StateReached {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(resource, "resource");
  }
}
