package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPodSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The containers of a driver or executor pod that a manifest declares: the pod {@code template}'s
 * containers and init containers, and the {@code sidecars} and {@code initContainers} fields, each with
 * the path it stands at.
 */
final class PodContainers {
  /** One declared container and where it stands. */
  record Declared(Container container, FieldPath path, boolean init, boolean inTemplate) {
    /** The container's name, or empty when it has none. */
    String name() {
      return container.getName() == null ? "" : container.getName();
    }
  }

  private PodContainers() {}

  /** The template's pod spec, when {@code pod} has a template with a spec. */
  static Optional<PodSpec> templateSpec(SparkPodSpec pod) {
    return pod.template().map(PodTemplateSpec::getSpec);
  }

  /** The path of the template's pod spec under {@code at}, the path of the driver or executor. */
  static FieldPath templateSpecPath(FieldPath at) {
    return at.field("template").field("spec");
  }

  /** Every container {@code pod} declares, template containers first. */
  static List<Declared> of(SparkPodSpec pod, FieldPath at) {
    List<Declared> all = new ArrayList<>();
    templateSpec(pod).ifPresent(spec -> {
      FieldPath specPath = templateSpecPath(at);
      add(all, spec.getContainers(), specPath.field("containers"), false, true);
      add(all, spec.getInitContainers(), specPath.field("initContainers"), true, true);
    });
    add(all, pod.sidecars(), at.field("sidecars"), false, false);
    add(all, pod.initContainers(), at.field("initContainers"), true, false);
    return all;
  }

  private static void add(List<Declared> all, List<Container> containers, FieldPath path, boolean init, boolean inTemplate) {
    if (containers == null) {
      return;
    }
    for (int i = 0; i < containers.size(); i++) {
      Container container = containers.get(i);
      if (container != null) {
        all.add(new Declared(container, path.index(i), init, inTemplate));
      }
    }
  }
}
