package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A kubeflow spark-operator {@code SparkApplication} ({@value SparkResource#API_VERSION}): one Spark job that the operator submits and watches.
 *
 * <pre>{@code
 * SparkApplication app = SparkApplication.builder()
 *     .metadata(m -> m.withName("spark-pi").withNamespace("default"))
 *     .spec(s -> s.type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER)
 *         .image("apache/spark:4.0.1").sparkVersion("4.0.1")
 *         .mainClass("org.apache.spark.examples.SparkPi")
 *         .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
 *         .addArguments("5000")
 *         .driver(d -> d.cores(1).memory("512m").serviceAccount("spark"))
 *         .executor(e -> e.instances(2).cores(1).memory("512m")))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable; {@code builder().from(existing)} starts a changed copy.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableSparkApplication.class)
@JsonDeserialize(as = ImmutableSparkApplication.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface SparkApplication extends SparkResource {
  /** The kind of this resource in manifests. */
  String KIND = "SparkApplication";

  @Override
  @Value.Derived
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Derived
  default String kind() {
    return KIND;
  }

  @Override
  ObjectMeta metadata();

  /** The desired state. */
  SparkApplicationSpec spec();

  /** The observed state, written by the operator; empty for resources built in code. */
  Optional<SparkApplicationStatus> status();

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

  /** Builds a {@link SparkApplication}; the only way to create or change one. */
  final class Builder extends ImmutableSparkApplication.Builder implements KindBuilder<Builder> {
    /**
     * Builds the SparkApplication and attaches the probes that its pod builders recorded
     * ({@code .driver(d -> d.livenessProbe(Probes.sparkUi()))}), exactly as {@code ProbeSet} attaches
     * them: in the pod templates' Spark containers, with ports pinned in {@code sparkConf} and file logging
     * wired where a preset needs it. The built value holds the probes in its templates and no recorded
     * presets; its {@link SparkResource#companions()} lists what it needs beside it.
     *
     * @throws SparkAppException ({@code ProbePresetException}) when a recorded preset does not fit the application
     */
    @Override
    public SparkApplication build() {
      return ProbeSupport.get().attachRecorded(super.build());
    }

    /**
     * Sets {@code spec} to a value built by {@code spec} on a fresh {@link SparkApplicationSpec.Builder}.
     *
     * @return this builder
     */
    public Builder spec(Consumer<? super SparkApplicationSpec.Builder> spec) {
      SparkApplicationSpec value = Builders.configure(SparkApplicationSpec::builder, spec, SparkApplicationSpec.Builder::build);
      return spec(value);
    }
  }
}
