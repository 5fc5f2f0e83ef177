package dev.sparkapp.cli;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.probe.ProbePresetException;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.yaml.Manifest;
import dev.sparkapp.yaml.ManifestDocument;
import dev.sparkapp.yaml.SparkYaml;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sparkapp probes add --liveness spark-ui|log-staleness|tcp [--readiness ...] [--startup ...] FILE}:
 * attaches presets to the driver (and, with {@code --executors}, the executors) of every application in
 * the manifest, and to the server (and executors) of every SparkConnect, keeping everything else, and
 * prints the result (or rewrites the file with {@code -w}).
 */
@Command(name = "add", description = {
    "Attach probe presets to the driver and executor pods of every application, and to the server and",
    "executor pods of every SparkConnect, in FILE. Prints the manifest (or rewrites FILE with -w), each",
    "resource followed by any ConfigMap its presets need."})
final class ProbesAddCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--liveness", paramLabel = "PRESET", completionCandidates = PresetNames.class,
      description = "One of ${COMPLETION-CANDIDATES}.")
  String liveness;

  @Option(names = "--readiness", paramLabel = "PRESET", completionCandidates = PresetNames.class,
      description = "One of ${COMPLETION-CANDIDATES}.")
  String readiness;

  @Option(names = "--startup", paramLabel = "PRESET", completionCandidates = PresetNames.class,
      description = "One of ${COMPLETION-CANDIDATES}.")
  String startup;

  @Option(names = "--executors", paramLabel = "PRESET", completionCandidates = PresetNames.class,
      description = "Also give executors this liveness preset: log-staleness, tcp or block-manager.")
  String executors;

  @Option(names = "--max-age", paramLabel = "SECONDS", defaultValue = "600",
      description = "Log age at which log-staleness fails (default: ${DEFAULT-VALUE}).")
  long maxAgeSeconds;

  @Option(names = {"-w", "--write"}, description = "Rewrite FILE in place instead of printing.")
  boolean write;

  @Parameters(paramLabel = "FILE", description = "Manifest file; - reads standard input.")
  String file;

  @Override
  public Integer call() {
    ProbeSet probes = ProbeSet.none();
    probes = add(probes, SparkPod.DRIVER, ProbeKind.LIVENESS, "--liveness", liveness);
    probes = add(probes, SparkPod.DRIVER, ProbeKind.READINESS, "--readiness", readiness);
    probes = add(probes, SparkPod.DRIVER, ProbeKind.STARTUP, "--startup", startup);
    probes = add(probes, SparkPod.EXECUTOR, ProbeKind.LIVENESS, "--executors", executors);
    if (probes.isEmpty()) {
      spec.commandLine().getErr().println("sparkapp probes add: give at least one of --liveness, --readiness, "
          + "--startup, --executors");
      return SparkAppCommand.EXIT_USAGE;
    }
    SparkYaml yaml = SparkYaml.strict();
    Manifest manifest = ManifestFiles.read(yaml, file, System.in);
    List<Object> resources = new ArrayList<>();
    for (ManifestDocument document : manifest.documents()) {
      try {
        resources.add(probes.applyToAny(document.resource()));
      } catch (ProbePresetException e) {
        String where = document.positionOf(e.path()).orElse(document.start()).toString();
        spec.commandLine().getErr().println(where + ": " + e.getMessage());
        return SparkAppCommand.EXIT_FAILURE;
      }
    }
    String text = yaml.toYaml(resources);
    if (write && !ManifestFiles.STDIN.equals(file)) {
      ManifestFiles.rewrite(Path.of(file), text);
    } else {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
    return 0;
  }

  private ProbeSet add(ProbeSet probes, SparkPod pod, ProbeKind kind, String option, String name) {
    if (name == null) {
      return probes;
    }
    try {
      return probes.with(pod, kind, Probes.named(name, pod, Duration.ofSeconds(maxAgeSeconds)));
    } catch (ProbePresetException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage(), e, null, name);
    }
  }

  /** The preset names, from {@link Probes#NAMES}, for the help text. */
  static final class PresetNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Probes.NAMES.iterator();
    }
  }
}
