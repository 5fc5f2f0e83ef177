package dev.sparkapp.cli;

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
    if (found.get() instanceof SparkApplication app) {
      printStatus(out, app.status().orElseGet(() -> SparkApplicationStatus.builder().build()));
    } else if (found.get() instanceof SparkConnect connect) {
      printStatus(out, connect.status().orElseGet(() -> SparkConnectStatus.builder().build()));
    } else {
      printStatus(out, ((ScheduledSparkApplication) found.get()).status()
          .orElseGet(() -> ScheduledSparkApplicationStatus.builder().build()));
    }
    out.flush();
    return 0;
  }

  private static void printStatus(PrintWriter out, SparkApplicationStatus status) {
    String state = status.applicationState().map(ApplicationState::state).orElse("");
    line(out, "State", state.isEmpty() ? "NEW (not yet submitted)" : state);
    status.applicationState().flatMap(ApplicationState::errorMessage).ifPresent(e -> line(out, "Error", e));
    status.sparkApplicationId().ifPresent(id -> line(out, "Spark app ID", id));
    status.driverInfo().flatMap(DriverInfo::podName).ifPresent(pod -> line(out, "Driver pod", pod));
    status.driverInfo().flatMap(DriverInfo::webUIAddress).ifPresent(ui -> line(out, "Spark UI", ui));
    status.submissionAttempts().ifPresent(n -> line(out, "Submissions", String.valueOf(n)));
    status.executionAttempts().ifPresent(n -> line(out, "Executions", String.valueOf(n)));
    status.lastSubmissionAttemptTime().ifPresent(t -> line(out, "Submitted at", t));
    status.terminationTime().ifPresent(t -> line(out, "Ended at", t));
  }

  private static void printStatus(PrintWriter out, ScheduledSparkApplicationStatus status) {
    line(out, "Schedule", status.scheduleState().orElse("NEW"));
    status.reason().ifPresent(r -> line(out, "Reason", r));
    status.lastRun().ifPresent(t -> line(out, "Last run", t));
    status.lastRunName().ifPresent(n -> line(out, "Last run name", n));
    status.nextRun().ifPresent(t -> line(out, "Next run", t));
  }

  private static void printStatus(PrintWriter out, SparkConnectStatus status) {
    String state = status.state().orElse("");
    line(out, "State", state.isEmpty() ? "NEW (not yet reconciled)" : state);
    status.server().flatMap(ConnectServerStatus::podName).ifPresent(pod -> line(out, "Server pod", pod));
    status.server().flatMap(ConnectServerStatus::podIp).ifPresent(ip -> line(out, "Server pod IP", ip));
    status.server().flatMap(ConnectServerStatus::serviceName).ifPresent(svc -> line(out, "Service", svc));
    if (status.executors() != null && !status.executors().isEmpty()) {
      line(out, "Executors", status.executors().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
          .collect(Collectors.joining(", ")));
    }
    if (status.conditions() != null) {
      status.conditions().forEach(c -> line(out, "Condition", c.getType() + "=" + c.getStatus()
          + (c.getMessage() == null || c.getMessage().isBlank() ? "" : " (" + c.getMessage() + ")")));
    }
    status.startTime().ifPresent(t -> line(out, "Started at", t));
    status.lastUpdateTime().ifPresent(t -> line(out, "Updated at", t));
  }

  private static void line(PrintWriter out, String label, String value) {
    out.printf("%-14s %s%n", label + ":", value);
  }
}
