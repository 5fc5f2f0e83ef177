package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.sparkapp.core.probe.ProbeKind;
import dev.sparkapp.core.probe.ProbePreset;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.PodDNSConfig;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;
import org.immutables.value.Value;

/**
 * The settings that the driver ({@link DriverSpec}) and the executors ({@link ExecutorSpec}) share:
 * resources, image, environment, volumes, scheduling and the pod {@code template}. Values of {@code
 * env}, {@code envVars}, {@code javaOptions}, {@code template}, {@code sidecars} and {@code
 * initContainers} print as {@code ****} in {@code toString()}: each can carry credentials (an env value,
 * a {@code -Dpassword=}).
 */
public interface SparkPodSpec extends TemplatedPod {
  @Override
  @Value.Redacted
  Optional<PodTemplateSpec> template();

  /**
   * Cores maps to `spark.driver.cores` or `spark.executor.cores` for the driver and executors,
   * respectively. <p>Manifest field {@code cores}.
   */
  Optional<Integer> cores();

  /**
   * CoreLimit specifies a hard limit on CPU cores for the pod. <p>Manifest field {@code coreLimit}.
   */
  Optional<String> coreLimit();

  /**
   * CoreRequest is the physical CPU core request for the driver. <p>Manifest field {@code coreRequest}.
   */
  Optional<String> coreRequest();

  /**
   * Memory is the amount of memory to request for the pod. <p>Manifest field {@code memory}.
   */
  Optional<String> memory();

  /**
   * MemoryLimit overrides the memory limit of the pod. <p>Manifest field {@code memoryLimit}.
   */
  Optional<String> memoryLimit();

  /**
   * MemoryOverhead is the amount of off-heap memory to allocate in cluster mode, in MiB unless otherwise
   * specified. <p>Manifest field {@code memoryOverhead}.
   */
  Optional<String> memoryOverhead();

  /**
   * GPU specifies GPU requirement for the pod. <p>Manifest field {@code gpu}.
   */
  Optional<GpuSpec> gpu();

  /**
   * Image is the container image to use. Overrides Spec.Image if set. <p>Manifest field {@code image}.
   */
  Optional<String> image();

  /**
   * ConfigMaps carries information of other ConfigMaps to add to the pod. <p>Manifest field {@code
   * configMaps}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<NamePath> configMaps();

  /**
   * Secrets carries information of secrets to add to the pod. <p>Manifest field {@code secrets}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<SecretInfo> secrets();

  /**
   * Env carries the environment variables to add to the pod. <p>Manifest field {@code env}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  @Value.Redacted
  List<EnvVar> env();

  /**
   * EnvVars carries the environment variables to add to the pod. <p>Manifest field {@code envVars}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  @Value.Redacted
  Map<String, String> envVars();

  /**
   * EnvFrom is a list of sources to populate environment variables in the container. <p>Manifest field
   * {@code envFrom}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<EnvFromSource> envFrom();

  /**
   * EnvSecretKeyRefs holds a mapping from environment variable names to SecretKeyRefs. <p>Manifest field
   * {@code envSecretKeyRefs}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, NameKey> envSecretKeyRefs();

  /**
   * Labels are the Kubernetes labels to be added to the pod. <p>Manifest field {@code labels}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> labels();

  /**
   * Annotations are the Kubernetes annotations to be added to the pod. <p>Manifest field {@code
   * annotations}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> annotations();

  /**
   * VolumeMounts specifies the volumes listed in ".spec.volumes" to mount into the main container's
   * filesystem. <p>Manifest field {@code volumeMounts}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<VolumeMount> volumeMounts();

  /**
   * Affinity specifies the affinity/anti-affinity settings for the pod. <p>Manifest field {@code
   * affinity}.
   */
  Optional<Affinity> affinity();

  /**
   * Tolerations specifies the tolerations listed in ".spec.tolerations" to be applied to the pod.
   * <p>Manifest field {@code tolerations}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<Toleration> tolerations();

  /**
   * PodSecurityContext specifies the PodSecurityContext to apply. <p>Manifest field {@code
   * podSecurityContext}.
   */
  Optional<PodSecurityContext> podSecurityContext();

  /**
   * SecurityContext specifies the container's SecurityContext to apply. <p>Manifest field {@code
   * securityContext}.
   */
  Optional<SecurityContext> securityContext();

  /**
   * SchedulerName specifies the scheduler that will be used for scheduling <p>Manifest field {@code
   * schedulerName}.
   */
  Optional<String> schedulerName();

  /**
   * Sidecars is a list of sidecar containers that run along side the main Spark container. <p>Manifest
   * field {@code sidecars}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  @Value.Redacted
  List<Container> sidecars();

  /**
   * InitContainers is a list of init-containers that run to completion before the main Spark container.
   * <p>Manifest field {@code initContainers}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  @Value.Redacted
  List<Container> initContainers();

  /**
   * HostNetwork indicates whether to request host networking for the pod or not. <p>Manifest field
   * {@code hostNetwork}.
   */
  Optional<Boolean> hostNetwork();

  /**
   * NodeSelector is the Kubernetes node selector to be added to the driver and executor pods.
   * <p>Manifest field {@code nodeSelector}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  Map<String, String> nodeSelector();

  /**
   * DnsConfig dns settings for the pod, following the Kubernetes specifications. <p>Manifest field
   * {@code dnsConfig}.
   */
  Optional<PodDNSConfig> dnsConfig();

  /**
   * Termination grace period seconds for the pod <p>Manifest field {@code
   * terminationGracePeriodSeconds}.
   */
  Optional<Long> terminationGracePeriodSeconds();

  /**
   * ServiceAccount is the name of the custom Kubernetes service account used by the pod. <p>Manifest
   * field {@code serviceAccount}.
   */
  Optional<String> serviceAccount();

  /**
   * HostAliases settings for the pod, following the Kubernetes specifications. <p>Manifest field {@code
   * hostAliases}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<HostAlias> hostAliases();

  /**
   * ShareProcessNamespace settings for the pod, following the Kubernetes specifications. <p>Manifest
   * field {@code shareProcessNamespace}.
   */
  Optional<Boolean> shareProcessNamespace();

  /**
   * JavaOptions is a string of extra JVM options to pass to the driver. <p>Manifest field {@code
   * javaOptions}.
   */
  @Value.Redacted
  Optional<String> javaOptions();

  /**
   * Lifecycle for running preStop or postStart commands <p>Manifest field {@code lifecycle}.
   */
  Optional<Lifecycle> lifecycle();

  /**
   * Ports settings for the pods, following the Kubernetes specifications. <p>Manifest field {@code
   * ports}.
   *
   * @return the value, or {@code null} when not set (an empty collection was set explicitly)
   */
  @Nullable
  List<Port> ports();

  /**
   * PriorityClassName is the name of the PriorityClass for the driver pod. <p>Manifest field {@code
   * priorityClassName}.
   */
  Optional<String> priorityClassName();

  /**
   * Fields the SDK does not model, kept only when a manifest was read in lenient mode so that they are
   * written back rather than dropped. Empty for values built in code.
   */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  @Override
  @JsonIgnore
  Map<ProbeKind, ProbePreset> probePresets();
}
