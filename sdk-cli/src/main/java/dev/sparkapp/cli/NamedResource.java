package dev.sparkapp.cli;

import dev.sparkapp.client.SparkClient;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.core.apache.ApacheSparkResource;
import dev.sparkapp.core.SparkResource;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** The {@code NAME}, {@code --scheduled} and {@code --connect} of commands that act on one resource on the cluster. */
final class NamedResource {
  @Option(names = "--scheduled", description = "NAME is a ScheduledSparkApplication (default: a SparkApplication).")
  boolean scheduled;

  @Option(names = "--connect", description = "NAME is a SparkConnect (default: a SparkApplication).")
  boolean connect;

  @Option(names = "--apache", description = "NAME is a SparkApplication of the Apache Spark Kubernetes operator "
      + "(spark.apache.org/v1).")
  boolean apache;

  @Option(names = "--apache-cluster", description = "NAME is a SparkCluster of the Apache Spark Kubernetes operator "
      + "(spark.apache.org/v1).")
  boolean apacheCluster;

  @Parameters(paramLabel = "NAME", description = "The resource's name.")
  String name;

  /**
   * Returns the model type the name refers to.
   *
   * @throws ParameterException when both --scheduled and --connect are given
   */
  Class<? extends SparkResource> type(CommandSpec spec) {
    if (scheduled && connect) {
      throw new ParameterException(spec.commandLine(), "--scheduled and --connect exclude each other: give one");
    }
    if ((apache || apacheCluster) && (scheduled || connect || (apache && apacheCluster))) {
      throw new ParameterException(spec.commandLine(),
          "--scheduled, --connect, --apache and --apache-cluster exclude each other: give one");
    }
    return apache ? ApacheSparkApplication.class : apacheCluster ? ApacheSparkCluster.class
        : scheduled ? ScheduledSparkApplication.class : connect ? SparkConnect.class : SparkApplication.class;
  }

  /** Returns {@code Kind namespace/name} for the client's namespace. */
  String describe(SparkClient client) {
    String kind = apache ? ApacheSparkApplication.KIND + " (" + ApacheSparkResource.GROUP + ")"
        : apacheCluster ? ApacheSparkCluster.KIND
        : scheduled ? ScheduledSparkApplication.KIND : connect ? SparkConnect.KIND : SparkApplication.KIND;
    return label(kind, client.namespace(), name);
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
