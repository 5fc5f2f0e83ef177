package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.TemplatedPod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.Map;
import javax.annotation.Nullable;

/**
 * One Spark pod of a resource as attaching probes sees it, whatever the resource: the role Spark gives the
 * pod (which container, which ports), where its spec sits in the manifest, the spec itself, and its
 * {@code javaOptions} field when the resource has one (a SparkApplication's driver and executors do, a
 * SparkConnect's pods do not: their JVM options go to {@code sparkConf}).
 *
 * @param role the pod's role: driver (also a SparkConnect server) or executor
 * @param path the pod spec's path, such as {@code spec.driver} or {@code spec.template.executor}
 * @param spec the pod spec, {@code null} when the resource does not set it
 * @param hasJavaOptions whether the pod spec has a {@code javaOptions} field
 * @param javaOptions the value of that field, {@code null} when unset or absent
 */
record PodSlot(SparkPod role, FieldPath path, @Nullable TemplatedPod spec, boolean hasJavaOptions,
    @Nullable String javaOptions) {

  /** Returns the pod's template, or {@code null}. */
  @Nullable
  PodTemplateSpec template() {
    return spec == null ? null : spec.template().orElse(null);
  }

  /** Returns the presets recorded by the pod's builder. */
  Map<ProbeKind, ProbePreset> recorded() {
    return spec == null ? Map.of() : spec.probePresets();
  }

  /** Returns the path of the Spark container in the pod's template. */
  FieldPath containerPath() {
    return path.field("template").field("spec").field("containers").named(role.containerName());
  }

  /** Returns the path of the {@code kind} probe of the Spark container. */
  FieldPath probePath(ProbeKind kind) {
    return containerPath().field(kind.fieldName());
  }
}
