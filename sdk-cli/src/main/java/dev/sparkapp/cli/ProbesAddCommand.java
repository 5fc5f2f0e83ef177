package dev.sparkapp.cli;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.probe.ProbePresetException;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.yaml.Manifest;
import dev.sparkapp.yaml.ManifestDocument;
import dev.sparkapp.yaml.ManifestFormat;
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
 * {@code sparkapp probes add --liveness spark-ui|log-staleness|job-progress|tcp [--readiness ...] [--startup ...]
 * [--max-age SECONDS] [--stall DURATION] FILE}:
 * attaches presets to the driver (and, with {@code --executors}, the executors) of every application in
 * the manifest, to the server (and executors) of every SparkConnect, and, with {@code --master} / {@code
 * --workers}, to the master and workers of every SparkCluster (Apache operator), keeping everything else, and
 * prints the result (or rewrites the file with {@code -w}). A probe the manifest already has and a preset
 * would change is replaced only with {@code --replace}, and named on stderr either way ({@link
 * ReplacedProbes}); attaching the same presets again changes nothing and says nothing.
 */
@Command(name = "add", description = {
    "Attach probe presets to the driver and executor pods of every application, to the server and "
        + "executor pods of every SparkConnect, and (--master, --workers) to the master and worker pods of every "
        + "SparkCluster, in FILE.",
    "Prints the manifest (or rewrites FILE with -w), each resource followed by any ConfigMap its presets need.",
    "A probe the manifest already has is replaced only with --replace; without it, the command lists each such",
    "probe and changes nothing (exit 1)."})
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

  @Option(names = "--master", paramLabel = "PRESET", completionCandidates = PresetNames.class,
      description = "Give a SparkCluster's master this liveness preset: spark-ui (GET /json/ on its UI) or tcp "
          + "(master-rpc, port 7077).")
  String master;

  @Option(names = "--workers", paramLabel = "PRESET", completionCandidates = PresetNames.class,
      description = "Give a SparkCluster's workers this liveness preset: spark-ui (GET /json/ on their UI).")
  String workers;

  @Option(names = "--max-age", paramLabel = "SECONDS", defaultValue = "600",
      description = "Log age at which log-staleness fails (default: ${DEFAULT-VALUE}).")
  long maxAgeSeconds;

  @Option(names = "--stall", paramLabel = "DURATION", defaultValue = "15m", converter = StallConverter.class,
      description = "How long running jobs may show no task progress before job-progress fails: 900, 900s, 15m "
          + "or 1h (default: ${DEFAULT-VALUE}).")
  Duration stall;

  @Option(names = {"-w", "--write"}, description = "Rewrite FILE in place instead of printing.")
  boolean write;

  @Option(names = "--replace",
      description = "Replace probes the manifest already has (each is named on stderr, old -> new).")
  boolean replace;

  @Parameters(paramLabel = "FILE", description = "Manifest file; - reads standard input.")
  String file;

  @Override
  public Integer call() {
    ProbeSet probes = ProbeSet.none();
    probes = add(probes, SparkPod.DRIVER, ProbeKind.LIVENESS, "--liveness", liveness);
    probes = add(probes, SparkPod.DRIVER, ProbeKind.READINESS, "--readiness", readiness);
    probes = add(probes, SparkPod.DRIVER, ProbeKind.STARTUP, "--startup", startup);
    probes = add(probes, SparkPod.EXECUTOR, ProbeKind.LIVENESS, "--executors", executors);
    probes = add(probes, SparkPod.MASTER, ProbeKind.LIVENESS, "--master", master);
    probes = add(probes, SparkPod.WORKER, ProbeKind.LIVENESS, "--workers", workers);
    if (probes.isEmpty()) {
      spec.commandLine().getErr().println("sparkapp probes add: give at least one of --liveness, --readiness, "
          + "--startup, --executors, --master, --workers");
      return SparkAppCommand.EXIT_USAGE;
    }
    SparkYaml yaml = SparkYaml.strict();
    String original = ManifestFiles.text(file, System.in);
    Manifest manifest = yaml.read(original, ManifestFiles.sourceName(file));
    List<Object> resources = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    for (ManifestDocument document : manifest.documents()) {
      Object probed;
      try {
        probed = probes.applyToAny(document.resource());
      } catch (ProbePresetException e) {
        String where = document.positionOf(e.path()).orElse(document.start()).toString();
        spec.commandLine().getErr().println(where + ": " + e.getMessage());
        return SparkAppCommand.EXIT_FAILURE;
      }
      for (ReplacedProbes.Replacement r : ReplacedProbes.between(yaml, document.resource(), probed)) {
        replaced.add(document.positionOf(r.path()).orElse(document.start()) + ": " + r.path() + ": "
            + r.before() + " -> " + r.after());
      }
      resources.add(probed);
    }
    if (!replaced.isEmpty() && !replace) {
      replaced.forEach(line -> spec.commandLine().getErr().println(line));
      spec.commandLine().getErr().println("sparkapp probes add: " + replaced.size()
          + (replaced.size() == 1 ? " probe is" : " probes are") + " already set (listed above as "
          + "FILE:LINE:COL: PATH: present -> preset); nothing was changed: add --replace to replace "
          + (replaced.size() == 1 ? "it" : "them"));
      return SparkAppCommand.EXIT_FAILURE;
    }
    replaced.forEach(line -> spec.commandLine().getErr().println("sparkapp probes add: replaced " + line));
    String text = ManifestFormat.write(yaml, resources, original, ManifestFiles.sourceName(file)); // comments kept
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
      return probes.with(pod, kind, Probes.named(name, pod, Duration.ofSeconds(maxAgeSeconds), stall));
    } catch (ProbePresetException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage(), e, null, name);
    }
  }

  /** Reads {@code --stall}: whole seconds with an optional unit {@code s}, {@code m} or {@code h}. */
  static final class StallConverter implements picocli.CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,9})([smh]?)").matcher(value.trim());
      if (!m.matches()) {
        throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a duration; write whole "
            + "seconds, minutes or hours such as 900, 900s, 15m or 1h");
      }
      long amount = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofSeconds(amount);
      };
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
