package dev.sparkapp.cli;

import dev.sparkapp.client.Diagnosis;
import dev.sparkapp.client.SparkClient;
import dev.sparkapp.core.SparkResource;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sparkapp why NAME}: prints why an application failed or restarted, on one screen. */
@Command(name = "why", description = {
    "Say why a SparkApplication (or, with --scheduled, the last run of a ScheduledSparkApplication; with --connect, "
        + "a SparkConnect; with --apache or --apache-cluster, a SparkApplication or SparkCluster of the Apache "
        + "operator, its failure states such as DriverReadyTimedOut explained) failed or restarted: the causes found in its latest attempt "
        + "(killed by a liveness probe and which preset, out of memory, evicted, preempted, image pull, unschedulable, missing secret or config "
        + "map, the application's own failure, executors failing, submission failed, stuck), each with the event or "
        + "container status it comes from and what to do; the operator's retry position; the last driver log lines.",
    "Reads the application, its pods, the namespace's events and the driver's log; changes nothing. Exit 0 after "
        + "printing (also when no cause is found), 1 when the application does not exist or the cluster refuses."})
final class WhyCommand implements Callable<Integer> {
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
    Diagnosis diagnosis = client.diagnose(type, resource.name);
    spec.commandLine().getOut().print(diagnosis.render());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
