package dev.sparkapp.client;

import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Instant;
import java.util.Optional;

/**
 * What the watch and the diagnosis read from the status of one kind of resource, as its operator writes
 * it: the state, the attempt, the error, the driver pod and how the operator retries. One implementation
 * per kind ({@link SparkApplicationKindStatus}, {@link ScheduledKindStatus}, {@link SparkConnectKindStatus});
 * {@link KindStatuses#of(Class)} picks it. A new kind plugs in with its own implementation and one line
 * there; nothing else switches on the kind.
 *
 * <p>Everything is read from the resource as the server sent it ({@link GenericKubernetesResource}), so
 * that fields this SDK's model lacks still count.
 */
interface KindStatus {
  /** Returns the model type of the kind. */
  Class<? extends SparkResource> type();

  /** Returns the state as the operator writes it; empty when it has written none yet. */
  String state(GenericKubernetesResource resource);

  /** Returns whether {@code state} is one the resource does not leave by itself. */
  boolean terminal(String state);

  /** Returns whether {@code state} is a failure. */
  boolean failed(String state);

  /** Returns the current execution attempt (1 for the first run), 0 before the first submission. */
  int attempt(GenericKubernetesResource resource);

  /** Returns the operator's error message for the current state, if it wrote one. */
  Optional<String> errorMessage(GenericKubernetesResource resource);

  /** Returns the name of the driver (or server) pod of the current attempt, if known. */
  Optional<String> driverPod(GenericKubernetesResource resource);

  /** Returns the label selector of all the resource's pods (driver and executors). */
  String podSelector(String name);

  /** Returns the Spark container's name in the driver pod. */
  default String driverContainer() {
    return "spark-kubernetes-driver";
  }

  /** Returns when the current state began, or at least when the operator last acted, if it says. */
  Optional<Instant> since(GenericKubernetesResource resource);

  /** Returns where the operator stands in its retries, and whether it will retry. */
  RetryPosition retry(GenericKubernetesResource resource, Instant now);

  /**
   * Returns the resource that holds the application's latest attempt when it is not this one (a
   * ScheduledSparkApplication's last run), as kind and name; empty when this resource is it.
   */
  default Optional<Delegate> delegate(GenericKubernetesResource resource) {
    return Optional.empty();
  }

  /** The resource that carries the latest attempt of another one. */
  record Delegate(Class<? extends SparkResource> type, String name) {}

  /** Reads a string at {@code path} in the resource, empty when absent or blank. */
  static Optional<String> string(GenericKubernetesResource resource, Object... path) {
    Object value = resource.get(path);
    return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
  }

  /** Reads a whole number at {@code path}, empty when absent. */
  static Optional<Long> number(GenericKubernetesResource resource, Object... path) {
    Object value = resource.get(path);
    if (value instanceof Number n) {
      return Optional.of(n.longValue());
    }
    if (value instanceof String s && s.matches("-?\\d+")) {
      return Optional.of(Long.parseLong(s));
    }
    return Optional.empty();
  }

  /** Reads an RFC 3339 time at {@code path}, empty when absent or unreadable. */
  static Optional<Instant> time(GenericKubernetesResource resource, Object... path) {
    return string(resource, path).flatMap(KindStatus::parseTime);
  }

  /** Parses an RFC 3339 time as Kubernetes writes it ({@code 2026-12-02T10:15:30Z}), empty when unreadable. */
  static Optional<Instant> parseTime(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(java.time.OffsetDateTime.parse(text).toInstant());
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
