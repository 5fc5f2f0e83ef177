package dev.sparkapp.benchmarks;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;

/**
 * The benchmark manifests as users write them today without a typed model: a fabric8
 * {@link GenericKubernetesResource} whose spec is a nested map.
 */
final class Fabric8Manifest {
  private Fabric8Manifest() {}

  /** Builds the manifest of {@code shape} as a generic fabric8 resource. */
  static GenericKubernetesResource build(ManifestShape shape) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("sparkoperator.k8s.io/v1beta2").withKind("SparkApplication")
        .withNewMetadata().withName("spark-pi").withNamespace("default").endMetadata()
        .addToAdditionalProperties("spec", MapManifest.spec(shape))
        .build();
  }
}
