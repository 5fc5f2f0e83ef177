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
 * An Apache Spark Kubernetes operator {@code SparkApplication} ({@value ApacheSparkResource#API_VERSION}): one Spark application that the operator submits with Spark's own {@code KubernetesDriverBuilder} and watches through its states. Named {@code Apache...} so that code using both operators tells it from the kubeflow {@link dev.sparkapp.core.SparkApplication} at a glance.
 *
 * <pre>{@code
 * ApacheSparkApplication app = ApacheSparkApplication.builder()
 *     .metadata(m -> m.withName("pi").withNamespace("default"))
 *     .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1"))
 *         .mainClass("org.apache.spark.examples.SparkPi")
 *         .jars("local:///opt/spark/examples/jars/spark-examples.jar")
 *         .putSparkConf("spark.kubernetes.container.image", "apache/spark:{{SPARK_VERSION}}"))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable; {@code builder().from(existing)} starts a changed copy.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableApacheSparkApplication.class)
@JsonDeserialize(as = ImmutableApacheSparkApplication.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface ApacheSparkApplication extends ApacheSparkResource {
  /** The kind of this resource in manifests. */
  String KIND = "SparkApplication";

  @Override
  @Value.Derived
  default String kind() {
    return KIND;
  }

  @Override
  ObjectMeta metadata();

  /** The desired state. */
  ApacheApplicationSpec spec();

  /** The observed state, written by the operator; empty for resources built in code. */
  Optional<ApacheApplicationStatus> status();

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

  /** Builds an {@link ApacheSparkApplication}; the only way to create or change one. */
  final class Builder extends ImmutableApacheSparkApplication.Builder implements KindBuilder<Builder> {
    private ProbeSet probes = ProbeSet.none();

    /**
     * Attaches {@code probes} when the application is built: each driver preset to Spark's container of
     * {@code spec.driverSpec.podTemplateSpec}, each executor preset to {@code spec.executorSpec.podTemplateSpec}'s
     * (the container sparkConf's {@code spark.kubernetes.{driver,executor}.podTemplateContainerName} names, else
     * the first; one named {@code spark-kubernetes-driver} / {@code -executor} is created in a template without
     * containers), with ports pinned in {@code sparkConf}, as {@link ProbeSet#applyToAny(Object)} does for a
     * manifest read from YAML. The pod builders' probe methods ({@code spec(s -> s.driverSpec(d ->
     * d.livenessProbe(Probes.sparkUi())))}) record presets that are attached the same way; this set's preset
     * wins over a recorded one of the same pod and kind.
     *
     * @return this builder
     */
    public Builder probes(ProbeSet probes) {
      this.probes = java.util.Objects.requireNonNull(probes, "probes");
      return this;
    }

    /**
     * Builds the application with the probes of {@link #probes(ProbeSet)} and of the pod builders attached.
     *
     * @throws dev.sparkapp.core.probe.ProbePresetException when a preset does not fit the application
     */
    @Override
    public ApacheSparkApplication build() {
      return (ApacheSparkApplication) probes.applyToAny(super.build());
    }

    /**
     * Sets {@code spec} to a value built by {@code spec} on a fresh {@link ApacheApplicationSpec.Builder}.
     *
     * @return this builder
     */
    public Builder spec(Consumer<? super ApacheApplicationSpec.Builder> spec) {
      ApacheApplicationSpec.Builder builder = ApacheApplicationSpec.builder();
      spec.accept(builder);
      return spec(builder.build());
    }
  }
}
