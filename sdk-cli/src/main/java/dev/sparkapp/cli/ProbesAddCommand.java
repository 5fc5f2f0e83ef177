package dev.sparkapp.cli;

import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.probe.ProbeKind;
import dev.sparkapp.core.probe.ProbePreset;
import dev.sparkapp.core.probe.ProbePresetException;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.core.probe.SparkPod;
import dev.sparkapp.yaml.Manifest;
import dev.sparkapp.yaml.ManifestDocument;
import dev.sparkapp.yaml.SparkYaml;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sparkapp probes add --liveness spark-ui|log-staleness|tcp [--readiness ...] [--startup ...] FILE}:
 * attaches presets to the driver (and, with {@code --executors}, the executors) of every application in
 * the manifest, and to the server (and executors) of every SparkConnect, keeping everything else, and prints the result (or rewrites the file with {@code -w}).
 */
@Command(name = "add", description = {
    "Attach probe presets (spark-ui, log-staleness, tcp, connect-grpc) to the driver pods of every application",
    "and the server pods of every SparkConnect in FILE",
    "and print the manifest, followed by any ConfigMap the presets need."})
final class ProbesAddCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--liveness", paramLabel = "PRESET",
      description = "spark-ui, log-staleness, tcp, or connect-grpc (a SparkConnect server's gRPC port).")
  String liveness;

  @Option(names = "--readiness", paramLabel = "PRESET",
      description = "spark-ui, log-staleness, tcp, or connect-grpc (a SparkConnect server's gRPC port).")
  String readiness;

  @Option(names = "--startup", paramLabel = "PRESET",
      description = "spark-ui, log-staleness, tcp, or connect-grpc (a SparkConnect server's gRPC port).")
  String startup;

  @Option(names = "--executors", paramLabel = "PRESET",
      description = "Also give executors this liveness preset: log-staleness or tcp.")
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
    ProbeSet probes;
    try {
      probes = ProbeSet.none();
      probes = add(probes, SparkPod.DRIVER, ProbeKind.LIVENESS, liveness);
      probes = add(probes, SparkPod.DRIVER, ProbeKind.READINESS, readiness);
      probes = add(probes, SparkPod.DRIVER, ProbeKind.STARTUP, startup);
      probes = add(probes, SparkPod.EXECUTOR, ProbeKind.LIVENESS, executors);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("sparkapp probes add: " + e.getMessage());
      return SparkAppCommand.EXIT_USAGE;
    }
    if (probes.isEmpty()) {
      spec.commandLine().getErr().println("sparkapp probes add: give at least one of --liveness, --readiness, "
          + "--startup, --executors");
      return SparkAppCommand.EXIT_USAGE;
    }
    SparkYaml yaml = SparkYaml.strict();
    Manifest manifest = ManifestFiles.read(yaml, file, System.in);
    List<Object> resources = new ArrayList<>();
    for (ManifestDocument document : manifest.documents()) {
      Object resource = document.resource();
      try {
        if (resource instanceof SparkApplication app) {
          resources.addAll(probes.applyTo(app).resources());
        } else if (resource instanceof ScheduledSparkApplication scheduled) {
          resources.addAll(probes.applyTo(scheduled).resources());
        } else if (resource instanceof SparkConnect connect) {
          resources.addAll(probes.applyTo(connect).resources());
        } else {
          resources.add(resource);
        }
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

  private ProbeSet add(ProbeSet probes, SparkPod pod, ProbeKind kind, String name) {
    if (name == null) {
      return probes;
    }
    ProbePreset preset = switch (name) {
      case "spark-ui" -> Probes.sparkUi();
      case "tcp" -> Probes.tcp(pod);
      case "log-staleness" -> Probes.logStaleness(Duration.ofSeconds(maxAgeSeconds));
      case "connect-grpc" -> Probes.connectGrpc();
      default -> throw new IllegalArgumentException("unknown preset '" + name + "' for --" + kind.name().toLowerCase()
          + "; use spark-ui, log-staleness, tcp or connect-grpc");
    };
    return probes.with(pod, kind, preset);
  }
}
