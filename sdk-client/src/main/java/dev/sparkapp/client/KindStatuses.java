package dev.sparkapp.client;

import dev.sparkapp.core.InvalidArgumentException;
import dev.sparkapp.core.SparkResource;
import java.util.List;

/** The {@link KindStatus} of each kind the client watches and diagnoses: add a kind here. */
final class KindStatuses {
  private static final List<KindStatus> ALL = List.of(
      new SparkApplicationKindStatus(), new ScheduledKindStatus(), new SparkConnectKindStatus());

  private KindStatuses() {}

  /** Returns the status adapter of {@code type}. */
  static KindStatus of(Class<? extends SparkResource> type) {
    for (KindStatus status : ALL) {
      if (status.type().isAssignableFrom(type)) {
        return status;
      }
    }
    throw new InvalidArgumentException("cannot watch or diagnose a " + type.getName()
        + ": the client knows the status of " + ALL.stream().map(s -> s.type().getSimpleName()).toList());
  }
}
