package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The desired state of an Apache operator standalone Spark cluster ({@code spec} of {@link
 * ApacheSparkCluster}). Values of {@code sparkConf} print as {@code ****} in {@code toString()}.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableApacheClusterSpec.class)
@JsonDeserialize(as = ImmutableApacheClusterSpec.class)
public interface ApacheClusterSpec {
  /**
   * The Spark, Scala and JDK versions. Required by the CRD. <p>Manifest field {@code runtimeVersions}.
   */
  RuntimeVersions runtimeVersions();

  /**
   * How many workers the cluster runs. Required by the CRD. <p>Manifest field {@code
   * clusterTolerations}.
   */
  ClusterTolerations clusterTolerations();

  /** The master StatefulSet and Service. <p>Manifest field {@code masterSpec}. */
  Optional<MasterSpec> masterSpec();

  /** The worker StatefulSet, Service and autoscaler. <p>Manifest field {@code workerSpec}. */
  Optional<WorkerSpec> workerSpec();

  /**
   * Spark configuration; the operator passes every entry to master and workers as {@code -Dkey="value"}
   * options, and {@code spark.kubernetes.container.image} picks their image. <p>Manifest field {@code
   * sparkConf}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  @Value.Redacted
  Map<String, String> sparkConf();

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

  /** Builds a {@link ApacheClusterSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableApacheClusterSpec.Builder {
    /**
     * Sets {@code runtimeVersions} to a value built by {@code spec} on a fresh {@link RuntimeVersions.Builder}.
     *
     * @return this builder
     */
    public Builder runtimeVersions(Consumer<? super RuntimeVersions.Builder> spec) {
      RuntimeVersions.Builder builder = RuntimeVersions.builder();
      spec.accept(builder);
      return runtimeVersions(builder.build());
    }

    /**
     * Sets {@code clusterTolerations} to a value built by {@code spec} on a fresh {@link ClusterTolerations.Builder}.
     *
     * @return this builder
     */
    public Builder clusterTolerations(Consumer<? super ClusterTolerations.Builder> spec) {
      ClusterTolerations.Builder builder = ClusterTolerations.builder();
      spec.accept(builder);
      return clusterTolerations(builder.build());
    }

    /**
     * Sets {@code masterSpec} to a value built by {@code spec} on a fresh {@link MasterSpec.Builder}.
     *
     * @return this builder
     */
    public Builder masterSpec(Consumer<? super MasterSpec.Builder> spec) {
      MasterSpec.Builder builder = MasterSpec.builder();
      spec.accept(builder);
      return masterSpec(builder.build());
    }

    /**
     * Sets {@code workerSpec} to a value built by {@code spec} on a fresh {@link WorkerSpec.Builder}.
     *
     * @return this builder
     */
    public Builder workerSpec(Consumer<? super WorkerSpec.Builder> spec) {
      WorkerSpec.Builder builder = WorkerSpec.builder();
      spec.accept(builder);
      return workerSpec(builder.build());
    }
  }
}
