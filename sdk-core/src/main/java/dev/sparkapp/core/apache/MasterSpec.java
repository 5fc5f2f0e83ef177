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
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The master of a SparkCluster ({@code spec.masterSpec}): the operator merges these into the master
 * StatefulSet {@code <name>-master} (one replica, container {@code master}, ports web 8080, spark
 * 7070, rest 6066) and its headless Service {@code <name>-master-svc}.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableMasterSpec.class)
@JsonDeserialize(as = ImmutableMasterSpec.class)
public interface MasterSpec extends RecordedProbes {
  /**
   * Metadata merged into the master StatefulSet's. <p>Manifest field {@code statefulSetMetadata}.
   */
  Optional<ObjectMeta> statefulSetMetadata();

  /**
   * The master StatefulSet's spec; its {@code template} is the master pod's template, where probes go.
   * <p>Manifest field {@code statefulSetSpec}.
   */
  Optional<StatefulSetSpec> statefulSetSpec();

  /** Metadata merged into the master Service's. <p>Manifest field {@code serviceMetadata}. */
  Optional<ObjectMeta> serviceMetadata();

  /**
   * The master Service's spec; the operator adds ports web 8080, spark 7077 and rest 6066. <p>Manifest
   * field {@code serviceSpec}.
   */
  Optional<ServiceSpec> serviceSpec();

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
   * Builds a {@link MasterSpec}; the only way to create or change one ({@code from(existing)} copies). Its probe
   * methods ({@code livenessProbe(Probes.sparkUi())}, ...) record presets that the resource's {@code build()}
   * attaches to the pod's Spark container, as the kubeflow pod builders' do.
   */
  final class Builder extends ImmutableMasterSpec.Builder implements ProbeMethods<Builder> {}
}
