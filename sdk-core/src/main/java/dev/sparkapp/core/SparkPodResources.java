package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What every Spark pod of the operator's resources can set: the pod {@code template}, {@code cores} and
 * {@code memory}. The driver and executors of a SparkApplication ({@link SparkPodSpec}) add much more;
 * the server and executors of a SparkConnect ({@link ConnectServerSpec}, {@link ConnectExecutorSpec})
 * have only these (the operator's {@code v1alpha1.SparkPodSpec}). Like every {@link TemplatedPod}, their
 * builders take probe presets. The template prints as {@code ****} in {@code toString()}: its containers
 * can carry credentials.
 */
public interface SparkPodResources extends TemplatedPod {
  @Override
  @Value.Redacted
  Optional<PodTemplateSpec> template();

  @Override
  @JsonIgnore
  Map<ProbeKind, AttachableProbe> probePresets();

  /**
   * Cores maps to `spark.driver.cores` or `spark.executor.cores` for the driver and executors,
   * respectively. <p>Manifest field {@code cores}.
   */
  Optional<Integer> cores();

  /**
   * Memory is the amount of memory to request for the pod. <p>Manifest field {@code memory}.
   */
  Optional<String> memory();
}
