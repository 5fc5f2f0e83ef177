package dev.sparkapp.cli;

import dev.sparkapp.client.SparkClient;
import dev.sparkapp.core.ApplicationState;
import dev.sparkapp.core.DriverInfo;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.ScheduledSparkApplicationStatus;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationStatus;
import dev.sparkapp.core.SparkResource;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sparkapp status NAME}: prints what the operator reports about an application. */
@Command(name = "status", description = "Print the state the operator reports for a SparkApplication "
    + "(or, with --scheduled, a ScheduledSparkApplication). Exit 1 when there is none.")
final class StatusCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ClusterOptions cluster;

  @Mixin
  NamedResource resource;

  @Override
  public Integer call() {
    return cluster.withClient(this::print);
  }

  private int print(SparkClient client) {
    PrintWriter out = spec.commandLine().getOut();
    Optional<? extends SparkResource> found = client.get(resource.type(), resource.name);
    if (found.isEmpty()) {
      return resource.notFound(spec, client);
    }
    line(out, "Name", resource.name);
    line(out, "Namespace", found.get().namespace().orElse(client.namespace()));
    line(out, "Kind", found.get().kind());
    if (found.get() instanceof SparkApplication app) {
      printStatus(out, app.status().orElseGet(() -> SparkApplicationStatus.builder().build()));
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

  private static void line(PrintWriter out, String label, String value) {
    out.printf("%-14s %s%n", label + ":", value);
  }
}
