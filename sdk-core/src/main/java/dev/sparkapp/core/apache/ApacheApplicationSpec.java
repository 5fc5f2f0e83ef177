package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The desired state of an Apache operator application ({@code spec} of {@link
 * ApacheSparkApplication}). Values of {@code sparkConf} print as {@code ****} in {@code toString()}:
 * they often carry credentials.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableApacheApplicationSpec.class)
@JsonDeserialize(as = ImmutableApacheApplicationSpec.class)
public interface ApacheApplicationSpec {
  /**
   * The application's main class; {@code org.apache.spark.deploy.PythonRunner} with {@code pyFiles} runs
   * a Python application. <p>Manifest field {@code mainClass}.
   */
  Optional<String> mainClass();

  /**
   * The Spark, Scala and JDK versions. Required by the CRD. <p>Manifest field {@code runtimeVersions}.
   */
  RuntimeVersions runtimeVersions();

  /**
   * The application jar(s), comma-separated; the first is the primary resource and the operator sets
   * {@code spark.jars} to it when {@code sparkConf} does not. <p>Manifest field {@code jars}.
   */
  Optional<String> jars();

  /**
   * The Python file(s), comma-separated; without {@code jars} the first is the primary resource.
   * <p>Manifest field {@code pyFiles}.
   */
  Optional<String> pyFiles();

  /**
   * The R file; the primary resource when neither {@code jars} nor {@code pyFiles} is set. <p>Manifest
   * field {@code sparkRFiles}.
   */
  Optional<String> sparkRFiles();

  /**
   * Files to place in the working directory of each executor, comma-separated. <p>Manifest field {@code
   * files}.
   */
  Optional<String> files();

  /**
   * Where the driver runs; the operator's default is {@code ClusterMode}. <p>Manifest field {@code
   * deploymentMode}.
   */
  Optional<DeploymentMode> deploymentMode();

  /**
   * The user to impersonate when submitting the application. <p>Manifest field {@code proxyUser}.
   */
  Optional<String> proxyUser();

  /**
   * Arguments to the application's main class. <p>Manifest field {@code driverArgs}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<String> driverArgs();

  /**
   * Restarts, timeouts, executor bounds and resource retention. <p>Manifest field {@code
   * applicationTolerations}.
   */
  Optional<ApplicationTolerations> applicationTolerations();

  /** The driver's pod template. <p>Manifest field {@code driverSpec}. */
  Optional<ApplicationTemplateSpec> driverSpec();

  /** The executors' pod template. <p>Manifest field {@code executorSpec}. */
  Optional<ApplicationTemplateSpec> executorSpec();

  /**
   * Services and Ingresses in front of the driver. <p>Manifest field {@code driverServiceIngressList}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<DriverServiceIngressSpec> driverServiceIngressList();

  /**
   * Services and Gateway API HTTPRoutes in front of the driver. <p>Manifest field {@code
   * driverHttpRouteList}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<DriverHttpRouteSpec> driverHttpRouteList();

  /**
   * Services and Gateway API GRPCRoutes in front of the driver. <p>Manifest field {@code
   * driverGrpcRouteList}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<DriverGrpcRouteSpec> driverGrpcRouteList();

  /**
   * ConfigMaps the operator creates beside the application. <p>Manifest field {@code configMapSpecs}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<ConfigMapSpec> configMapSpecs();

  /**
   * Spark configuration properties, as {@code --conf} of spark-submit; the operator overrides {@code
   * spark.kubernetes.namespace}, the template-file keys when a pod template is set, and labels.
   * <p>Manifest field {@code sparkConf}.
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

  /**
   * Returns how long the driver may take to become Ready before the operator fails the application with
   * {@code DriverReadyTimedOut}: {@code applicationTolerations.applicationTimeoutConfig.driverReadyTimeoutMillis},
   * or the operator's default {@value ApplicationTimeoutConfig#DEFAULT_DRIVER_READY_TIMEOUT_MILLIS}.
   */
  default long driverReadyTimeoutMillis() {
    return applicationTolerations().flatMap(ApplicationTolerations::applicationTimeoutConfig)
        .map(ApplicationTimeoutConfig::effectiveDriverReadyTimeoutMillis)
        .orElse(ApplicationTimeoutConfig.DEFAULT_DRIVER_READY_TIMEOUT_MILLIS);
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ApacheApplicationSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableApacheApplicationSpec.Builder {
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
     * Sets {@code applicationTolerations} to a value built by {@code spec} on a fresh {@link ApplicationTolerations.Builder}.
     *
     * @return this builder
     */
    public Builder applicationTolerations(Consumer<? super ApplicationTolerations.Builder> spec) {
      ApplicationTolerations.Builder builder = ApplicationTolerations.builder();
      spec.accept(builder);
      return applicationTolerations(builder.build());
    }

    /**
     * Sets {@code driverSpec} to a value built by {@code spec} on a fresh {@link ApplicationTemplateSpec.Builder}.
     *
     * @return this builder
     */
    public Builder driverSpec(Consumer<? super ApplicationTemplateSpec.Builder> spec) {
      ApplicationTemplateSpec.Builder builder = ApplicationTemplateSpec.builder();
      spec.accept(builder);
      return driverSpec(builder.build());
    }

    /**
     * Sets {@code executorSpec} to a value built by {@code spec} on a fresh {@link ApplicationTemplateSpec.Builder}.
     *
     * @return this builder
     */
    public Builder executorSpec(Consumer<? super ApplicationTemplateSpec.Builder> spec) {
      ApplicationTemplateSpec.Builder builder = ApplicationTemplateSpec.builder();
      spec.accept(builder);
      return executorSpec(builder.build());
    }
  }
}
