package dev.sparkapp.samples;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPodSpec;
import io.fabric8.kubernetes.api.model.Container;
import java.util.Optional;

/** Finds the container Spark runs in within a pod template of an application, for probe assertions. */
final class SparkContainers {
  private SparkContainers() {}

  /** Returns the Spark container of {@code pod}'s template, if the template has one. */
  static Optional<Container> of(SparkApplication app, SparkPod pod) {
    Optional<? extends SparkPodSpec> spec = pod == SparkPod.DRIVER ? app.spec().driver() : app.spec().executor();
    return spec.flatMap(SparkPodSpec::template)
        .map(t -> t.getSpec().getContainers())
        .flatMap(containers -> containers.stream()
            .filter(c -> c.getName().equals(pod.containerName())).findFirst());
  }
}
