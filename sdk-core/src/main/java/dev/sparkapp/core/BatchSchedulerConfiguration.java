package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * Options for the batch scheduler chosen by {@code spec.batchScheduler} ({@code
 * spec.batchSchedulerOptions}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableBatchSchedulerConfiguration.class)
@JsonDeserialize(as = ImmutableBatchSchedulerConfiguration.class)
public interface BatchSchedulerConfiguration {
  /**
   * Queue stands for the resource queue which the application belongs to, it's being used in Volcano
   * batch scheduler. <p>Manifest field {@code queue}.
   */
  Optional<String> queue();

  /**
   * PriorityClassName stands for the name of k8s PriorityClass resource, it's being used in Volcano
   * batch scheduler. <p>Manifest field {@code priorityClassName}.
   */
  Optional<String> priorityClassName();

  /**
   * Resources stands for the resource list custom request for. <p>Manifest field {@code resources}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, Quantity> resources();

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

  /** Builds a {@link BatchSchedulerConfiguration}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableBatchSchedulerConfiguration.Builder {}
}
