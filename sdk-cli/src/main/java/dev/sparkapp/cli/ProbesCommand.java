package dev.sparkapp.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sparkapp probes}: groups the probe commands ({@code add}). */
@Command(name = "probes", description = "Work with the probes of Spark's pods (driver, executor, SparkCluster master and worker).",
    subcommands = {ProbesAddCommand.class})
final class ProbesCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: add");
  }
}
