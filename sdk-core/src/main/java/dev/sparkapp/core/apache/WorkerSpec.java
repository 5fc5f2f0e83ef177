package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.RecordedProbes;
import dev.sparkapp.core.SparkStyle;
import dev.sparkapp.core.TemplatedPod.ProbeMethods;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ServiceSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerSpec;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The workers of a SparkCluster ({@code spec.workerSpec}): the operator merges these into the worker
 * StatefulSet {@code <name>-worker} (container {@code worker}, port web 8081) and its headless Service
 * {@code <name>-worker-svc}.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableWorkerSpec.class)
@JsonDeserialize(as = ImmutableWorkerSpec.class)
public interface WorkerSpec extends RecordedProbes {
  /**
   * Metadata merged into the worker StatefulSet's. <p>Manifest field {@code statefulSetMetadata}.
   */
  Optional<ObjectMeta> statefulSetMetadata();

  /**
   * The worker StatefulSet's spec; its {@code template} is the worker pods' template, where probes go.
   * <p>Manifest field {@code statefulSetSpec}.
   */
  Optional<StatefulSetSpec> statefulSetSpec();

  /** Metadata merged into the worker Service's. <p>Manifest field {@code serviceMetadata}. */
  Optional<ObjectMeta> serviceMetadata();

  /**
   * The worker Service's spec; the operator adds port web 8081. <p>Manifest field {@code serviceSpec}.
   */
  Optional<ServiceSpec> serviceSpec();

  /**
   * The worker autoscaler's spec, used when {@code minWorkers < maxWorkers}; the operator sets its
   * target and bounds. <p>Manifest field {@code horizontalPodAutoscalerSpec}.
   */
  Optional<HorizontalPodAutoscalerSpec> horizontalPodAutoscalerSpec();

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

  /**
   * Builds a {@link WorkerSpec}; the only way to create or change one ({@code from(existing)} copies). Its probe
   * methods ({@code livenessProbe(Probes.sparkUi())}, ...) record presets that the resource's {@code build()}
   * attaches to the pod's Spark container, as the kubeflow pod builders' do.
   */
  final class Builder extends ImmutableWorkerSpec.Builder implements ProbeMethods<Builder> {}
}
