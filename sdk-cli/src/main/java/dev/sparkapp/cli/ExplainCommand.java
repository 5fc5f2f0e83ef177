package dev.sparkapp.cli;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.probe.ExplainedProbe;
import dev.sparkapp.yaml.Manifest;
import dev.sparkapp.yaml.ManifestDocument;
import dev.sparkapp.yaml.SparkYaml;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sparkapp explain FILE}: prints each probe's hang detection, time to ready and startup budget. */
@Command(name = "explain", description = {
    "Print how fast each probe of the driver, executor and SparkConnect server pod templates reacts.",
    "For every probe: HANG→ACT, the worst-case time from the pod stopping its work to the kubelet acting",
    "(including a log-staleness maxAge or a job-progress stall); READY, the earliest time after the container",
    "starts at which this probe can first pass (0s when it may pass at once); STARTUP, a startup probe's budget."})
final class ExplainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Manifest file; - reads standard input.")
  String file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Manifest manifest = ManifestFiles.read(SparkYaml.lenient(), file, System.in);
    out.printf("%-24s %-9s %-34s %-9s %-10s %-7s %s%n",
        "RESOURCE", "POD", "CONTAINER", "KIND", "HANG→ACT", "READY", "STARTUP  CHECK");
    for (ManifestDocument document : manifest.documents()) {
      Object resource = document.resource();
      List<ExplainedProbe> rows;
      String name;
      if (resource instanceof SparkApplication app) {
        rows = ExplainedProbe.allOf(app.spec(), FieldPath.of("spec"));
        name = app.name().orElse("?");
      } else if (resource instanceof ScheduledSparkApplication scheduled && scheduled.spec().template().isPresent()) {
        rows = ExplainedProbe.allOf(scheduled.spec().template().get(), FieldPath.of("spec", "template"));
        name = scheduled.name().orElse("?");
      } else if (resource instanceof SparkConnect connect) {
        rows = ExplainedProbe.allOf(connect);
        name = connect.name().orElse("?");
      } else {
        continue;
      }
      if (rows.isEmpty()) {
        out.printf("%-24s (no probes)%n", name);
      }
      for (ExplainedProbe row : rows) {
        out.printf("%-24s %-9s %-34s %-9s %-10s %-7s %-8s %s%n", name, row.podField(), row.container(),
            row.kind().name().toLowerCase(), seconds(row.timing().worstCaseDetection()),
            row.timing().timeToFirstSuccess().toSeconds() + "s", seconds(row.timing().startupBudget()), row.check());
      }
    }
    out.flush();
    return 0;
  }

  private static String seconds(Duration duration) {
    return duration.isZero() ? "-" : duration.toSeconds() + "s";
  }
}
