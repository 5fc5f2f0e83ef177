package dev.sparkapp.cli;

import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SparkResource;
import java.util.Optional;
import dev.sparkapp.core.probe.ExplainedProbe;
import dev.sparkapp.yaml.Manifest;
import dev.sparkapp.yaml.ManifestDocument;
import dev.sparkapp.yaml.SparkYaml;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
      Optional<ResourceKind<?>> kind = ResourceKinds.find(resource);
      if (kind.isEmpty() || hasNoPods(kind.get(), resource)) {
        continue;
      }
      SparkResource spark = (SparkResource) resource;
      List<ExplainedProbe> rows = ExplainedProbe.allOf(spark);
      String name = spark.name().orElse("?");
      if (rows.isEmpty()) {
        out.printf("%-24s (no probes)%n", name);
      }
      for (ExplainedProbe row : rows) {
        out.printf("%-24s %-9s %-34s %-9s %-10s %-7s %-8s %s%n", name, row.podField(), row.container(),
            row.kind().name().toLowerCase(), seconds(row.timing().worstCaseDetection()),
            row.timing().timeToFirstSuccess().toSeconds() + "s", seconds(row.timing().startupBudget()), row.check());
      }
      for (Map.Entry<String, String> budget : readinessBudget(kind.get(), resource)) {
        out.printf("%-24s budget    %s %s%n", name, budget.getKey(), budget.getValue());
      }
    }
    out.flush();
    return 0;
  }

  /** The operator's limits on the pods' start and readiness, which the probes must fit in. */
  private static <R extends SparkResource> List<Map.Entry<String, String>> readinessBudget(ResourceKind<R> kind,
      Object resource) {
    return kind.readinessBudget(kind.cast(resource));
  }

  /** Whether {@code resource} lacks the field its pods live in (a ScheduledSparkApplication without template). */
  private static <R extends SparkResource> boolean hasNoPods(ResourceKind<R> kind, Object resource) {
    return kind.missingPodHost(kind.cast(resource)).isPresent();
  }

  private static String seconds(Duration duration) {
    return duration.isZero() ? "-" : duration.toSeconds() + "s";
  }
}
