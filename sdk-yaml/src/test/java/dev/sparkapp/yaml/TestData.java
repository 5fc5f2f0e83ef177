package dev.sparkapp.yaml;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the repository's {@code testdata/} folder (operator examples, benchmark manifest; see its
 * README for sources and licences) through the {@code sparkapp.testdata} system property that the parent
 * POM's Surefire configuration sets.
 */
final class TestData {
  private TestData() {}

  static Path root() {
    String property = System.getProperty("sparkapp.testdata");
    if (property == null || !Files.isDirectory(Path.of(property))) {
      throw new IllegalStateException("system property sparkapp.testdata does not name the repository's testdata/"
          + " folder (" + property + "): run the tests through Maven, or set it to <repository>/testdata");
    }
    return Path.of(property).toAbsolutePath().normalize();
  }

  static Path operator() {
    return root().resolve("kubeflow-spark-operator-v2.5.2");
  }

  static Path examples() {
    return operator().resolve("examples");
  }

  /** The CRD that sdk-yaml bundles ({@code src/crd/}, a verbatim copy of the operator's). */
  static Path crd(String kindPlural) {
    return Path.of("src/crd/sparkoperator.k8s.io_" + kindPlural + ".yaml");
  }

  /** The Apache operator's CRD that sdk-yaml bundles, for example {@code apacheCrd("sparkclusters")}. */
  static Path apacheCrd(String kindPlural) {
    return Path.of("src/crd/spark.apache.org_" + kindPlural + ".yaml");
  }

  /** The Apache Spark Kubernetes operator's own examples at 1.0.0 (see the folder's SOURCES.md). */
  static Path apacheExamples() {
    return root().resolve("apache-spark-kubernetes-operator-1.0.0/examples");
  }

  /**
   * The team's upstream copy of the operator's CRDs in {@code ../shared/crds} beside the repository, where
   * there is one (a developer's checkout); empty on a plain clone.
   */
  static java.util.Optional<Path> upstreamCrds() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/crds/kubeflow-spark-operator-v2.5.2");
      if (Files.isDirectory(candidate)) {
        return java.util.Optional.of(candidate);
      }
    }
    return java.util.Optional.empty();
  }

  /** The corpus of real public manifests, one folder per repository ({@code real-world/SOURCES.md}). */
  static Path realWorld() {
    return root().resolve("real-world");
  }

  static Path benchManifest() {
    return root().resolve("bench/spark-pi-with-probes.yaml");
  }
}
