package dev.sparkapp.cli;

import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import java.util.List;
import java.util.Map;
import dev.sparkapp.client.SparkClient;
import dev.sparkapp.core.ApplicationState;
import dev.sparkapp.core.DriverInfo;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.ScheduledSparkApplicationStatus;
import dev.sparkapp.core.ConnectServerStatus;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkConnectStatus;
import dev.sparkapp.core.SparkApplicationStatus;
import dev.sparkapp.core.SparkResource;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sparkapp status NAME}: prints what the operator reports about an application. */
@Command(name = "status", description = "Print the state the operator reports for a SparkApplication "
    + "(or, with --scheduled, a ScheduledSparkApplication; with --connect, a SparkConnect). Exit 1 when there is none.")
final class StatusCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ClusterOptions cluster;

  @Mixin
  NamedResource resource;

  @Override
  public Integer call() {
    Class<? extends SparkResource> type = resource.type(spec);
    return cluster.withClient(client -> print(client, type));
  }

  private int print(SparkClient client, Class<? extends SparkResource> type) {
    PrintWriter out = spec.commandLine().getOut();
    Optional<? extends SparkResource> found = client.get(type, resource.name);
    if (found.isEmpty()) {
      return resource.notFound(spec, client);
    }
    line(out, "Name", resource.name);
    line(out, "Namespace", found.get().namespace().orElse(client.namespace()));
    line(out, "Kind", found.get().kind());
    statusLines(ResourceKinds.of(type), found.get()).forEach(line -> line(out, line.getKey(), line.getValue()));
    out.flush();
    return 0;
  }

  private static <R extends SparkResource> List<Map.Entry<String, String>> statusLines(ResourceKind<R> kind,
      Object resource) {
    return kind.statusLines(kind.cast(resource));
  }

  private static void line(PrintWriter out, String label, String value) {
    out.printf("%-14s %s%n", label + ":", value);
  }
}
