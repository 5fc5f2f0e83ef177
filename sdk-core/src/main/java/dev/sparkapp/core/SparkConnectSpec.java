package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The desired state of a SparkConnect ({@code spec}): the Spark Connect server pod, its executors and the
 * Spark settings the operator passes to {@code start-connect-server.sh}. {@code sparkVersion}, {@code
 * server} and {@code executor} are required by the CRD; schema validation reports them when missing.
 * Values of {@code sparkConf} and {@code hadoopConf} print as {@code ****} in {@code toString()}: they
 * often carry credentials.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableSparkConnectSpec.class)
@JsonDeserialize(as = ImmutableSparkConnectSpec.class)
public interface SparkConnectSpec {
  /**
   * SparkVersion is the version of Spark the spark connect use. <p>Manifest field {@code sparkVersion}.
   */
  Optional<String> sparkVersion();

  /**
   * Image is the container image for the driver, executor, and init-container. <p>Manifest field {@code
   * image}.
   */
  Optional<String> image();

  /**
   * HadoopConf carries user-specified Hadoop configuration properties as they would use the "--conf"
   * option in spark-submit. <p>Manifest field {@code hadoopConf}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  @Value.Redacted
  Map<String, String> hadoopConf();

  /**
   * SparkConf carries user-specified Spark configuration properties as they would use the "--conf" option
   * in spark-submit. The operator passes them before its own settings, so it wins for {@code
   * spark.driver.port} (7078) and {@code spark.driver.blockManager.port} (7079). <p>Manifest field {@code
   * sparkConf}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  @Value.Redacted
  Map<String, String> sparkConf();

  /**
   * Server is the Spark connect server specification. <p>Manifest field {@code server}.
   */
  Optional<ConnectServerSpec> server();

  /**
   * Executor is the Spark executor specification. <p>Manifest field {@code executor}.
   */
  Optional<ConnectExecutorSpec> executor();

  /**
   * DynamicAllocation configures dynamic allocation that becomes available for the Kubernetes scheduler
   * backend since Spark 3.0. <p>Manifest field {@code dynamicAllocation}.
   */
  Optional<DynamicAllocation> dynamicAllocation();

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

  /** Builds a {@link SparkConnectSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableSparkConnectSpec.Builder {
    /**
     * Sets {@code server} to a value built by {@code spec} on a fresh {@link ConnectServerSpec.Builder}.
     *
     * @return this builder
     */
    public Builder server(Consumer<? super ConnectServerSpec.Builder> spec) {
      ConnectServerSpec value = Builders.configure(ConnectServerSpec::builder, spec, ConnectServerSpec.Builder::build);
      return server(value);
    }

    /**
     * Sets {@code executor} to a value built by {@code spec} on a fresh {@link ConnectExecutorSpec.Builder}.
     *
     * @return this builder
     */
    public Builder executor(Consumer<? super ConnectExecutorSpec.Builder> spec) {
      ConnectExecutorSpec value = Builders.configure(ConnectExecutorSpec::builder, spec, ConnectExecutorSpec.Builder::build);
      return executor(value);
    }

    /**
     * Sets {@code dynamicAllocation} to a value built by {@code spec} on a fresh {@link DynamicAllocation.Builder}.
     *
     * @return this builder
     */
    public Builder dynamicAllocation(Consumer<? super DynamicAllocation.Builder> spec) {
      DynamicAllocation value = Builders.configure(DynamicAllocation::builder, spec, DynamicAllocation.Builder::build);
      return dynamicAllocation(value);
    }
  }
}
