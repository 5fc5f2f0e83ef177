package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.KindBuilder;
import dev.sparkapp.core.SparkStyle;
import dev.sparkapp.core.probe.ProbeSet;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * An Apache Spark Kubernetes operator {@code SparkCluster} ({@value ApacheSparkResource#API_VERSION}): a standalone Spark cluster, one master StatefulSet and a worker StatefulSet that the operator creates with their Services.
 *
 * <pre>{@code
 * ApacheSparkCluster cluster = ApacheSparkCluster.builder()
 *     .metadata(m -> m.withName("prod").withNamespace("default"))
 *     .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1"))
 *         .clusterTolerations(t -> t.instanceConfig(i -> i.initWorkers(3).minWorkers(3).maxWorkers(3))))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable; {@code builder().from(existing)} starts a changed copy.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableApacheSparkCluster.class)
@JsonDeserialize(as = ImmutableApacheSparkCluster.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface ApacheSparkCluster extends ApacheSparkResource {
  /** The kind of this resource in manifests. */
  String KIND = "SparkCluster";

  @Override
  @Value.Derived
  default String kind() {
    return KIND;
  }

  @Override
  ObjectMeta metadata();

  /** The desired state. */
  ApacheClusterSpec spec();

  /** The observed state, written by the operator; empty for resources built in code. */
  Optional<ApacheClusterStatus> status();

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

  /** Builds an {@link ApacheSparkCluster}; the only way to create or change one. */
  final class Builder extends ImmutableApacheSparkCluster.Builder implements KindBuilder<Builder> {
    private ProbeSet probes = ProbeSet.none();

    /**
     * Attaches {@code probes} when the cluster is built, as {@link ProbeSet#applyToAny(Object)} does for a
     * manifest read from YAML: each master preset ({@link ProbeSet#master}) to the container named {@code master}
     * of {@code spec.masterSpec.statefulSetSpec.template}, each worker preset to the container named {@code
     * worker} of {@code spec.workerSpec.statefulSetSpec.template}, added when there is none (the operator then
     * runs the master or worker in it). The pod builders' probe methods ({@code spec(s -> s.masterSpec(m ->
     * m.livenessProbe(Probes.sparkUi())))}) record presets that are attached the same way.
     *
     * @return this builder
     */
    public Builder probes(ProbeSet probes) {
      this.probes = java.util.Objects.requireNonNull(probes, "probes");
      return this;
    }

    /**
     * Builds the cluster with the probes of {@link #probes(ProbeSet)} and of the pod builders attached.
     *
     * @throws dev.sparkapp.core.probe.ProbePresetException when a preset does not fit the master or workers
     */
    @Override
    public ApacheSparkCluster build() {
      return (ApacheSparkCluster) probes.applyToAny(super.build());
    }

    /**
     * Sets {@code spec} to a value built by {@code spec} on a fresh {@link ApacheClusterSpec.Builder}.
     *
     * @return this builder
     */
    public Builder spec(Consumer<? super ApacheClusterSpec.Builder> spec) {
      ApacheClusterSpec.Builder builder = ApacheClusterSpec.builder();
      spec.accept(builder);
      return spec(builder.build());
    }
  }
}
