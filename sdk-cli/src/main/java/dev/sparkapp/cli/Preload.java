package dev.sparkapp.cli;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cold-start work done on other threads while picocli parses the command line and the command reads
 * its input: Jackson's deserializers for the model (built once per JVM, on the first read) and, for
 * {@code validate}, the compiled SparkApplication CRD schema. Nothing here changes a result; a command that needs one of
 * these before the thread is done waits for it on the JVM's class-initialization and cache locks.
 */
final class Preload {
  /** The work a preload thread can do. */
  enum Task {
    /**
     * Compiles the SparkApplication CRD schema and warms the rules and the writer by validating a
     * minimal SparkApplication; the other kinds' schemas are compiled only when a document of theirs is
     * validated.
     */
    SCHEMAS(() -> ManifestValidator.defaults().validate(SparkApplication.builder()
        .metadata(m -> m.withName("preload"))
        .spec(s -> s.type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER).sparkVersion("4.0.1"))
        .build())),
    /** Builds the reader's deserializers by reading {@link #MANIFEST}. */
    READER(() -> SparkYaml.strict().read(MANIFEST, "<preload>"));

    final Runnable work;

    Task(Runnable work) {
      this.work = work;
    }
  }

  /**
   * The commands that read manifests, and so profit from a warm reader. Not {@code fmt}: it reaches its
   * read about 30 ms after start, so the reader thread overlaps with little and then builds the same
   * deserializers alongside the main thread; in paired cold starts on 2 cores (benchmarks/README.md, "Cold
   * start: where the time goes and the floor") it saved no wall time and cost up to 110 ms of CPU.
   */
  private static final Set<String> READERS = Set.of("validate", "explain", "probes", "apply");

  /** The smallest manifest that makes Jackson build the deserializers of the whole model. */
  static final String MANIFEST = "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\n"
      + "metadata: {name: preload}\nspec: {type: Scala, mode: cluster, sparkVersion: 4.0.1}\n";

  private Preload() {}

  /** Starts a daemon thread for each of {@link #tasksFor(String[])}. */
  static void startFor(String[] args) {
    for (Task task : tasksFor(args)) {
      Thread thread = new Thread(() -> run(task), "sparkapp-preload-" + task.name().toLowerCase(Locale.ROOT));
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** What is worth preloading for the command line {@code args}: nothing unless it reads manifests. */
  static List<Task> tasksFor(String[] args) {
    List<Task> tasks = new ArrayList<>();
    if (args.length > 0 && READERS.contains(args[0])) {
      if (args[0].equals("validate")) {
        tasks.add(Task.SCHEMAS);
      }
      tasks.add(Task.READER);
    }
    return tasks;
  }

  /**
   * Runs {@code task}. A failure is dropped on purpose: the command does the same work itself when it
   * needs it and reports a failure properly, with no stack trace.
   */
  static void run(Task task) {
    try {
      task.work.run();
    } catch (RuntimeException ignored) {
      // the command meets the same failure and reports it
    }
  }
}
