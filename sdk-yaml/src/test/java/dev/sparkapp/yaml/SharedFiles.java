package dev.sparkapp.yaml;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} (CRDs, operator examples, benchmark manifest) from a module directory. */
final class SharedFiles {
  private SharedFiles() {}

  static Path shared() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve("crds"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("cannot find the shared/ directory beside the repository");
  }

  static Path examples() {
    return shared().resolve("examples/kubeflow-spark-operator-v2.5.2");
  }

  static Path crd(String kindPlural) {
    return shared().resolve("crds/kubeflow-spark-operator-v2.5.2/sparkoperator.k8s.io_" + kindPlural + ".yaml");
  }
}
