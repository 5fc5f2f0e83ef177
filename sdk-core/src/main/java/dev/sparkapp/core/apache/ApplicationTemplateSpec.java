package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.RecordedProbes;
import dev.sparkapp.core.SparkStyle;
import dev.sparkapp.core.TemplatedPod.ProbeMethods;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pod template of an Apache operator application ({@code spec.driverSpec}, {@code
 * spec.executorSpec}): the operator writes {@code podTemplateSpec} to a file and passes it to Spark as
 * {@code spark.kubernetes.driver.podTemplateFile} / {@code spark.kubernetes.executor.podTemplateFile},
 * without a container name, so Spark takes the container named by {@code
 * spark.kubernetes.driver.podTemplateContainerName} / {@code
 * spark.kubernetes.executor.podTemplateContainerName} in {@code sparkConf}, else the first one.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableApplicationTemplateSpec.class)
@JsonDeserialize(as = ImmutableApplicationTemplateSpec.class)
public interface ApplicationTemplateSpec extends RecordedProbes {
  /** The pod template Spark starts the pod from. <p>Manifest field {@code podTemplateSpec}. */
  Optional<PodTemplateSpec> podTemplateSpec();

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
   * Builds a {@link ApplicationTemplateSpec}; the only way to create or change one ({@code from(existing)} copies). Its probe
   * methods ({@code livenessProbe(Probes.sparkUi())}, ...) record presets that the resource's {@code build()}
   * attaches to the pod's Spark container, as the kubeflow pod builders' do.
   */
  final class Builder extends ImmutableApplicationTemplateSpec.Builder implements ProbeMethods<Builder> {}
}
