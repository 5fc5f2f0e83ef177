package dev.sparkapp.cli;

import dev.sparkapp.client.LogFollow;
import dev.sparkapp.client.LogOptions;
import dev.sparkapp.client.LogTail;
import dev.sparkapp.client.SparkClient;
import dev.sparkapp.core.SparkResource;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sparkapp logs NAME}: prints the end of the driver's log, or follows it. */
@Command(name = "logs", description = {
    "Print the end of the driver's log of a SparkApplication (or, with --scheduled, of the last run of a "
        + "ScheduledSparkApplication; with --connect, the server's log of a SparkConnect; with --apache, the current "
        + "attempt's driver of an Apache operator SparkApplication; with --apache-cluster, a SparkCluster's master), "
        + "bounded in lines and "
        + "bytes; or, with --follow, follow it until the driver ends, reconnecting where it stopped.",
    "Exit 1 when the application or its driver pod does not exist, or the cluster refuses."})
final class LogsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ClusterOptions cluster;

  @Mixin
  NamedResource resource;

  @Option(names = "--tail", paramLabel = "LINES", defaultValue = "100",
      description = "How many lines from the end (default: ${DEFAULT-VALUE}).")
  int tail;

  @Option(names = "--limit-bytes", paramLabel = "BYTES", defaultValue = "65536",
      description = "Read at most this many bytes (default: ${DEFAULT-VALUE}).")
  int limitBytes;

  @Option(names = {"-p", "--previous"},
      description = "The previous container's log: the one a liveness probe or a crash ended.")
  boolean previous;

  @Option(names = {"-f", "--follow"}, description = "Follow the log until the driver ends (Ctrl-C stops).")
  boolean follow;

  @Option(names = {"-c", "--container"}, paramLabel = "NAME",
      description = "Another container of the driver pod (a sidecar); default: Spark's.")
  String container;

  @Override
  public Integer call() {
    Class<? extends SparkResource> type = resource.type(spec);
    LogOptions options = LogOptions.builder().tailLines(tail).limitBytes(limitBytes).previous(previous)
        .container(container).build();
    return cluster.withClient(client -> follow ? follow(client, type) : print(client, type, options));
  }

  private int print(SparkClient client, Class<? extends SparkResource> type, LogOptions options) {
    LogTail log = client.driverLog(type, resource.name, options);
    PrintWriter out = spec.commandLine().getOut();
    if (log.truncated()) {
      spec.commandLine().getErr().println("sparkapp logs: cut at " + limitBytes + " bytes; raise --limit-bytes for more");
    }
    log.lines().forEach(out::println);
    out.flush();
    return 0;
  }

  private int follow(SparkClient client, Class<? extends SparkResource> type) {
    PrintWriter out = spec.commandLine().getOut();
    try (LogFollow following = client.followDriverLog(type, resource.name, tail, 10, line -> {
      out.println(line);
      out.flush();
    })) {
      following.await(Duration.ofDays(3650));  // until the driver ends, or Ctrl-C
    }
    return 0;
  }
}
