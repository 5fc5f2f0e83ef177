package dev.sparkapp.client;

import dev.sparkapp.core.SparkResource;

/**
 * Receives the state transitions of an {@link ApplicationWatch}, one at a time, on the watch's own
 * thread. A transition counts as delivered when {@link #onTransition} returns: if it throws, the watch
 * delivers the application's state again at its next change or resync.
 *
 * @param <T> the model type
 */
@FunctionalInterface
public interface TransitionListener<T extends SparkResource> {
  /** Called for every change of state (and attempt) of every watched application. */
  void onTransition(StateTransition<T> transition);

  /**
   * Called when the watch stops for good because of {@code error} (it was refused, or the resource type
   * is no longer served). Transient drops are reconnected without a call. Does nothing by default.
   */
  default void onStopped(ClusterException error) {}
}
