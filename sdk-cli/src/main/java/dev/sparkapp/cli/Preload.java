package dev.sparkapp.cli;

import dev.sparkapp.yaml.ManifestException;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import java.util.Set;

/**
 * Cold-start work done on other threads while picocli parses the command line and the command reads
 * its input: Jackson's deserializers for the model (built once per JVM, on the first read) and, for
 * {@code validate}, the compiled CRD schemas. Nothing here changes a result; a command that needs one of
 * these before the thread is done waits for it on the JVM's class-initialization and cache locks.
 */
final class Preload {
  /** The commands that read manifests, and so profit from a warm reader. */
  private static final Set<String> READERS = Set.of("fmt", "validate", "explain", "probes", "apply");

  /** The smallest manifest that makes Jackson build the deserializers of the whole model. */
  private static final String MANIFEST = "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\n"
      + "metadata: {name: preload}\nspec: {type: Scala, mode: cluster, sparkVersion: 4.0.1}\n";

  private Preload() {}

  /** Starts the daemon threads when {@code args} name a command that reads manifests. */
  static void startFor(String[] args) {
    if (args.length == 0 || !READERS.contains(args[0])) {
      return;
    }
    if (args[0].equals("validate")) {
      start("sparkapp-preload-schemas", ManifestValidator::loadSchemas);
    }
    start("sparkapp-preload-reader", () -> {
      try {
        SparkYaml.strict().read(MANIFEST, "<preload>");
      } catch (ManifestException e) {
        throw new IllegalStateException("the preload manifest no longer reads: " + e.getMessage(), e);
      }
    });
  }

  private static void start(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }
}
