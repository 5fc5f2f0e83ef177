package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The desired state of a Spark application ({@code spec} of a SparkApplication, {@code spec.template}
 * of a ScheduledSparkApplication). Values of {@code sparkConf} and {@code hadoopConf} print as {@code
 * ****} in {@code toString()}: they often carry credentials.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableSparkApplicationSpec.class)
@JsonDeserialize(as = ImmutableSparkApplicationSpec.class)
public interface SparkApplicationSpec {
  /**
   * Type tells the type of the Spark application. <p>Manifest field {@code type}.
   */
  Optional<SparkApplicationType> type();

  /**
   * SparkVersion is the version of Spark the application uses. <p>Manifest field {@code sparkVersion}.
   */
  Optional<String> sparkVersion();

  /**
   * Mode is the deployment mode of the Spark application. <p>Manifest field {@code mode}.
   */
  Optional<DeployMode> mode();

  /**
   * ProxyUser specifies the user to impersonate when submitting the application. <p>Manifest field
   * {@code proxyUser}.
   */
  Optional<String> proxyUser();

  /**
   * Image is the container image for the driver, executor, and init-container. <p>Manifest field {@code
   * image}.
   */
  Optional<String> image();

  /**
   * ImagePullPolicy is the image pull policy for the driver, executor, and init-container. <p>Manifest
   * field {@code imagePullPolicy}.
   */
  Optional<String> imagePullPolicy();

  /**
   * ImagePullSecrets is the list of image-pull secrets. <p>Manifest field {@code imagePullSecrets}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<String> imagePullSecrets();

  /**
   * MainClass is the fully-qualified main class of the Spark application. <p>Manifest field {@code
   * mainClass}.
   */
  Optional<String> mainClass();

  /**
   * MainFile is the path to a bundled JAR, Python, or R file of the application. <p>Manifest field
   * {@code mainApplicationFile}.
   */
  Optional<String> mainApplicationFile();

  /**
   * Arguments is a list of arguments to be passed to the application. <p>Manifest field {@code
   * arguments}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<String> arguments();

  /**
   * SparkConf carries user-specified Spark configuration properties as they would use the "--conf"
   * option in spark-submit. <p>Manifest field {@code sparkConf}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  @Value.Redacted
  Map<String, String> sparkConf();

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
   * SparkConfigMap carries the name of the ConfigMap containing Spark configuration files such as
   * log4j.properties. <p>Manifest field {@code sparkConfigMap}.
   */
  Optional<String> sparkConfigMap();

  /**
   * HadoopConfigMap carries the name of the ConfigMap containing Hadoop configuration files such as
   * core-site.xml. <p>Manifest field {@code hadoopConfigMap}.
   */
  Optional<String> hadoopConfigMap();

  /**
   * Volumes is the list of Kubernetes volumes that can be mounted by the driver and/or executors.
   * <p>Manifest field {@code volumes}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<Volume> volumes();

  /**
   * Driver is the driver specification. <p>Manifest field {@code driver}.
   */
  Optional<DriverSpec> driver();

  /**
   * Executor is the executor specification. <p>Manifest field {@code executor}.
   */
  Optional<ExecutorSpec> executor();

  /**
   * Deps captures all possible types of dependencies of a Spark application. <p>Manifest field {@code
   * deps}.
   */
  Optional<Dependencies> deps();

  /**
   * RestartPolicy defines the policy on if and in which conditions the controller should restart an
   * application. <p>Manifest field {@code restartPolicy}.
   */
  Optional<RestartPolicy> restartPolicy();

  /**
   * NodeSelector is the Kubernetes node selector to be added to the driver and executor pods.
   * <p>Manifest field {@code nodeSelector}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> nodeSelector();

  /**
   * FailureRetries is the number of times to retry a failed application before giving up. <p>Manifest
   * field {@code failureRetries}.
   */
  Optional<Integer> failureRetries();

  /**
   * RetryInterval is the unit of intervals in seconds between submission retries. <p>Manifest field
   * {@code retryInterval}.
   */
  Optional<Long> retryInterval();

  /**
   * This sets the major Python version of the docker image used to run the driver and executor
   * containers. <p>Manifest field {@code pythonVersion}.
   */
  Optional<PythonVersion> pythonVersion();

  /**
   * This sets the Memory Overhead Factor that will allocate memory to non-JVM memory. <p>Manifest field
   * {@code memoryOverheadFactor}.
   */
  Optional<String> memoryOverheadFactor();

  /**
   * Monitoring configures how monitoring is handled. <p>Manifest field {@code monitoring}.
   */
  Optional<MonitoringSpec> monitoring();

  /**
   * BatchScheduler configures which batch scheduler will be used for scheduling <p>Manifest field {@code
   * batchScheduler}.
   */
  Optional<String> batchScheduler();

  /**
   * TimeToLiveSeconds defines the Time-To-Live (TTL) duration in seconds for this SparkApplication after
   * its termination. <p>Manifest field {@code timeToLiveSeconds}.
   */
  Optional<Long> timeToLiveSeconds();

  /**
   * BatchSchedulerOptions provides fine-grained control on how to batch scheduling. <p>Manifest field
   * {@code batchSchedulerOptions}.
   */
  Optional<BatchSchedulerConfiguration> batchSchedulerOptions();

  /**
   * SparkUIOptions allows configuring the Service and the Ingress to expose the sparkUI <p>Manifest
   * field {@code sparkUIOptions}.
   */
  Optional<SparkUIConfiguration> sparkUIOptions();

  /**
   * DriverIngressOptions allows configuring the Service and the Ingress to expose ports inside Spark
   * Driver <p>Manifest field {@code driverIngressOptions}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<DriverIngressConfiguration> driverIngressOptions();

  /**
   * DynamicAllocation configures dynamic allocation that becomes available for the Kubernetes scheduler
   * backend since Spark 3.0. <p>Manifest field {@code dynamicAllocation}.
   */
  Optional<DynamicAllocation> dynamicAllocation();

  /**
   * Suspend indicates whether the SparkApplication should be suspended. <p>Manifest field {@code
   * suspend}.
   */
  Optional<Boolean> suspend();

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

  /** Builds a {@link SparkApplicationSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableSparkApplicationSpec.Builder {
    /**
     * Sets {@code driver} to a value built by {@code spec} on a fresh {@link DriverSpec.Builder}.
     *
     * @return this builder
     */
    public Builder driver(Consumer<? super DriverSpec.Builder> spec) {
      DriverSpec value = Builders.configure(DriverSpec::builder, spec, DriverSpec.Builder::build);
      return driver(value);
    }

    /**
     * Sets {@code executor} to a value built by {@code spec} on a fresh {@link ExecutorSpec.Builder}.
     *
     * @return this builder
     */
    public Builder executor(Consumer<? super ExecutorSpec.Builder> spec) {
      ExecutorSpec value = Builders.configure(ExecutorSpec::builder, spec, ExecutorSpec.Builder::build);
      return executor(value);
    }

    /**
     * Sets {@code deps} to a value built by {@code spec} on a fresh {@link Dependencies.Builder}.
     *
     * @return this builder
     */
    public Builder deps(Consumer<? super Dependencies.Builder> spec) {
      Dependencies value = Builders.configure(Dependencies::builder, spec, Dependencies.Builder::build);
      return deps(value);
    }

    /**
     * Sets {@code restartPolicy} to a value built by {@code spec} on a fresh {@link RestartPolicy.Builder}.
     *
     * @return this builder
     */
    public Builder restartPolicy(Consumer<? super RestartPolicy.Builder> spec) {
      RestartPolicy value = Builders.configure(RestartPolicy::builder, spec, RestartPolicy.Builder::build);
      return restartPolicy(value);
    }

    /**
     * Sets {@code monitoring} to a value built by {@code spec} on a fresh {@link MonitoringSpec.Builder}.
     *
     * @return this builder
     */
    public Builder monitoring(Consumer<? super MonitoringSpec.Builder> spec) {
      MonitoringSpec value = Builders.configure(MonitoringSpec::builder, spec, MonitoringSpec.Builder::build);
      return monitoring(value);
    }

    /**
     * Sets {@code batchSchedulerOptions} to a value built by {@code spec} on a fresh {@link BatchSchedulerConfiguration.Builder}.
     *
     * @return this builder
     */
    public Builder batchSchedulerOptions(Consumer<? super BatchSchedulerConfiguration.Builder> spec) {
      BatchSchedulerConfiguration value = Builders.configure(BatchSchedulerConfiguration::builder, spec, BatchSchedulerConfiguration.Builder::build);
      return batchSchedulerOptions(value);
    }

    /**
     * Sets {@code sparkUIOptions} to a value built by {@code spec} on a fresh {@link SparkUIConfiguration.Builder}.
     *
     * @return this builder
     */
    public Builder sparkUIOptions(Consumer<? super SparkUIConfiguration.Builder> spec) {
      SparkUIConfiguration value = Builders.configure(SparkUIConfiguration::builder, spec, SparkUIConfiguration.Builder::build);
      return sparkUIOptions(value);
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
