package dev.sparkapp.client;

import java.time.Instant;
import java.util.Optional;

/**
 * What a {@link Finding} rests on: an event, a container's or pod's status, the operator's status, or the
 * driver's log, quoted as the cluster has it.
 *
 * @param source where it comes from
 * @param object the object it is about, for example {@code Pod/spark-pi-driver}
 * @param text the quote: the event's reason and message, the container status' reason, exit code and
 *     message, the status field and its value
 * @param time when it happened, if known
 */
public record Evidence(Source source, String object, String text, Optional<Instant> time) {
  /** Where evidence comes from. */
  public enum Source {
    /** A Kubernetes event. */
    EVENT,
    /** A container's status ({@code state}, {@code lastState}). */
    CONTAINER_STATUS,
    /** A pod's status (phase, reason, conditions). */
    POD_STATUS,
    /** The operator's status of the application. */
    APPLICATION_STATUS,
    /** The driver's log. */
    DRIVER_LOG
  }

  static Evidence of(ClusterEvent event) {
    return new Evidence(Source.EVENT, event.objectKind() + "/" + event.objectName(),
        event.reason() + (event.count() > 1 ? " (x" + event.count() + ")" : "") + ": " + event.message(),
        Optional.of(event.lastTime()));
  }

  /** Returns {@code event Pod/spark-pi-driver: Unhealthy (x4): Liveness probe failed: ...}. */
  @Override
  public String toString() {
    String from = switch (source) {
      case EVENT -> "event";
      case CONTAINER_STATUS -> "container status";
      case POD_STATUS -> "pod status";
      case APPLICATION_STATUS -> "status";
      case DRIVER_LOG -> "driver log";
    };
    return from + " " + object + ": " + text + time.map(t -> " [" + t + "]").orElse("");
  }
}
