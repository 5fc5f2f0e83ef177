package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How many workers a SparkCluster runs ({@code spec.clusterTolerations.instanceConfig}): the worker
 * StatefulSet starts with {@code initWorkers}; with {@code minWorkers < maxWorkers} the operator adds
 * a HorizontalPodAutoscaler between the two.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableWorkerInstanceConfig.class)
@JsonDeserialize(as = ImmutableWorkerInstanceConfig.class)
public interface WorkerInstanceConfig {
  /**
   * The workers to start with (the worker StatefulSet's replicas). Required by the CRD. <p>Manifest
   * field {@code initWorkers}.
   */
  int initWorkers();

  /**
   * The fewest workers; with 1 or more the operator adds a PodDisruptionBudget. Required by the CRD.
   * <p>Manifest field {@code minWorkers}.
   */
  int minWorkers();

  /** The most workers. Required by the CRD. <p>Manifest field {@code maxWorkers}. */
  int maxWorkers();

  /**
   * Fields the SDK does not model, kept only when a manifest was read in lenient mode so that they are
   * written back rather than dropped. Empty for values built in code.
   */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkerInstanceConfig}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableWorkerInstanceConfig.Builder {}
}
