package dev.sparkapp.cli;

import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkResource;
import picocli.CommandLine.Option;

/** The {@code --scheduled} option of commands that name one resource: which kind the name is of. */
final class ResourceKindOption {
  @Option(names = "--scheduled", description = "NAME is a ScheduledSparkApplication (default: a SparkApplication).")
  boolean scheduled;

  /** Returns the model type the name refers to. */
  Class<? extends SparkResource> type() {
    return scheduled ? ScheduledSparkApplication.class : SparkApplication.class;
  }

  /** Returns the kind, for messages. */
  String kind() {
    return scheduled ? ScheduledSparkApplication.KIND : SparkApplication.KIND;
  }
}
