package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.KindPod;
import dev.sparkapp.core.SparkContainerRule;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * One Spark pod of a resource as attaching probes sees it, read through its kind's {@link KindPod}
 * declaration: the declaration (role, paths, container rule), the pod's template, the presets its
 * builder recorded, its {@code javaOptions} when the pod has that field, and the resource's {@code
 * sparkConf}, which the container rule may read.
 *
 * @param declaration the pod as its kind declares it
 * @param template the pod's template, {@code null} when not set
 * @param recorded the presets the pod's builder recorded
 * @param javaOptions the pod's {@code javaOptions}, {@code null} when unset or absent
 * @param sparkConf the resource's {@code sparkConf}, empty when not set
 */
record PodSlot(KindPod<?> declaration, @Nullable PodTemplateSpec template, Map<ProbeKind, ProbePreset> recorded,
    @Nullable String javaOptions, Map<String, String> sparkConf) {

  /** Reads the pod {@code pod} of {@code resource}, whose {@code sparkConf} is {@code sparkConf}. */
  static <R> PodSlot of(KindPod<R> pod, R resource, Map<String, String> sparkConf) {
    return new PodSlot(pod, pod.template(resource).orElse(null), pod.recorded(resource),
        pod.javaOptions(resource).orElse(null), sparkConf);
  }

  /** The pod's role: driver (also a SparkConnect server) or executor. */
  SparkPod role() {
    return declaration.role();
  }

  /** The pod spec's path, such as {@code spec.driver} or {@code spec.template.executor}. */
  FieldPath path() {
    return declaration.path();
  }

  /** Whether the pod spec has a {@code javaOptions} field. */
  boolean hasJavaOptions() {
    return declaration.hasJavaOptions();
  }

  /** The rule by which the pod's operator picks Spark's container. */
  SparkContainerRule rule() {
    return declaration.containerRule();
  }

  /** The template's containers, without {@code null} elements; empty when none. */
  List<Container> containers() {
    PodSpec spec = template == null ? null : template.getSpec();
    return spec == null || spec.getContainers() == null ? List.of()
        : spec.getContainers().stream().filter(c -> c != null).toList();
  }

  /** Spark's container in the template as it is, by the pod's rule; empty when there is none. */
  Optional<Container> sparkContainer() {
    return rule().select(containers(), sparkConf);
  }

  /** Returns the path of the Spark container in the pod's template (once the presets have placed it). */
  FieldPath containerPath() {
    Optional<String> configured = rule().configuredName(sparkConf);
    if (configured.isPresent()) {
      return declaration.containersPath().named(configured.get());
    }
    List<Container> containers = containers();
    if (containers.isEmpty()) {
      return declaration.containersPath().named(rule().nameForNewContainer(sparkConf));
    }
    String name = containers.get(0).getName();
    return name == null ? declaration.containersPath().index(0) : declaration.containersPath().named(name);
  }

  /** Returns the path of the {@code kind} probe of the Spark container. */
  FieldPath probePath(ProbeKind kind) {
    return containerPath().field(kind.fieldName());
  }
}
