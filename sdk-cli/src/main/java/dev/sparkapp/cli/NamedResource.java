package dev.sparkapp.cli;

import dev.sparkapp.client.SparkClient;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkResource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code NAME} and {@code --scheduled} of commands that act on one resource on the cluster. */
final class NamedResource {
  @Option(names = "--scheduled", description = "NAME is a ScheduledSparkApplication (default: a SparkApplication).")
  boolean scheduled;

  @Parameters(paramLabel = "NAME", description = "The resource's name.")
  String name;

  /** Returns the model type the name refers to. */
  Class<? extends SparkResource> type() {
    return scheduled ? ScheduledSparkApplication.class : SparkApplication.class;
  }

  /** Returns {@code Kind namespace/name} for the client's namespace. */
  String describe(SparkClient client) {
    return label(scheduled ? ScheduledSparkApplication.KIND : SparkApplication.KIND, client.namespace(), name);
  }

  /** Prints that the resource does not exist and returns the failure exit code. */
  int notFound(CommandSpec spec, SparkClient client) {
    spec.commandLine().getErr().println("sparkapp " + spec.name() + ": " + describe(client)
        + " not found; check the name and --namespace");
    return SparkAppCommand.EXIT_FAILURE;
  }

  /** Returns {@code Kind namespace/name}, or {@code Kind name} without a namespace, as messages name resources. */
  static String label(String kind, String namespace, String name) {
    return kind + " " + (namespace == null ? "" : namespace + "/") + name;
  }
}
