package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** What the Apache operator tolerates for a SparkCluster ({@code spec.clusterTolerations}). */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableClusterTolerations.class)
@JsonDeserialize(as = ImmutableClusterTolerations.class)
public interface ClusterTolerations {
  /**
   * How many workers the cluster runs. Required by the CRD. <p>Manifest field {@code instanceConfig}.
   */
  WorkerInstanceConfig instanceConfig();

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

  /** Builds a {@link ClusterTolerations}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableClusterTolerations.Builder {
    /**
     * Sets {@code instanceConfig} to a value built by {@code spec} on a fresh {@link WorkerInstanceConfig.Builder}.
     *
     * @return this builder
     */
    public Builder instanceConfig(Consumer<? super WorkerInstanceConfig.Builder> spec) {
      WorkerInstanceConfig.Builder builder = WorkerInstanceConfig.builder();
      spec.accept(builder);
      return instanceConfig(builder.build());
    }
  }
}
