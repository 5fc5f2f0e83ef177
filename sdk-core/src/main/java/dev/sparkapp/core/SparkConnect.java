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
 * A kubeflow spark-operator {@code SparkConnect} ({@value #API_VERSION}): a long-running Spark Connect
 * server that clients reach over gRPC (port 15002), with its executors. The operator creates the server
 * pod {@code <name>-server}, a Service {@code <name>-server} (or named as {@code spec.server.service}) and a
 * ConfigMap {@code <name>-conf} holding the executor pod template.
 *
 * <pre>{@code
 * SparkConnect connect = SparkConnect.builder()
 *     .metadata(m -> m.withName("spark-connect").withNamespace("default"))
 *     .spec(s -> s.sparkVersion("4.0.1").image("docker.io/apache/spark:4.0.1")
 *         .server(v -> v.cores(1).memory("1g")
 *             .readinessProbe(Probes.connectGrpc()).livenessProbe(Probes.sparkUi()))
 *         .executor(e -> e.instances(2).cores(1).memory("512m")))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable; {@code builder().from(existing)} starts a changed copy.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableSparkConnect.class)
@JsonDeserialize(as = ImmutableSparkConnect.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface SparkConnect extends SparkResource {
  /** The kind of this resource in manifests. */
  String KIND = "SparkConnect";

  /** The version, within {@link SparkResource#GROUP}, of SparkConnect: still alpha in operator 2.5.2. */
  String CONNECT_VERSION = "v1alpha1";

  /** The API group and version of SparkConnect. */
  String API_VERSION = GROUP + "/" + CONNECT_VERSION;

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
  SparkConnectSpec spec();

  /** The observed state, written by the operator; empty for resources built in code. */
  Optional<SparkConnectStatus> status();

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

  /** Builds a {@link SparkConnect}; the only way to create or change one. */
  final class Builder extends ImmutableSparkConnect.Builder implements KindBuilder<Builder> {
    /**
     * Builds the SparkConnect and attaches the probes that its server and executor builders recorded
     * ({@code .server(v -> v.readinessProbe(Probes.connectGrpc()))}), exactly as {@code ProbeSet} attaches
     * them: in the Spark container of each pod template, with ports pinned in {@code sparkConf} and file
     * logging wired where a preset needs it. The built value holds the probes in its templates and no
     * recorded presets; its {@link SparkResource#companions()} lists what it needs beside it.
     *
     * @throws SparkAppException ({@code ProbePresetException}) when a recorded preset does not fit
     */
    @Override
    public SparkConnect build() {
      return ProbeSupport.get().attachRecorded(super.build());
    }

    /**
     * Sets {@code spec} to a value built by {@code spec} on a fresh {@link SparkConnectSpec.Builder}.
     *
     * @return this builder
     */
    public Builder spec(Consumer<? super SparkConnectSpec.Builder> spec) {
      SparkConnectSpec value = Builders.configure(SparkConnectSpec::builder, spec, SparkConnectSpec.Builder::build);
      return spec(value);
    }
  }
}
