package dev.sparkapp.cli;

import dev.sparkapp.client.SparkClient;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sparkapp delete NAME}: deletes an application and, by default, its pods. */
@Command(name = "delete", description = "Delete a SparkApplication (or, with --scheduled, a "
    + "ScheduledSparkApplication; with --connect, a SparkConnect). Exit 1 when there is none.")
final class DeleteCommand implements Callable<Integer> {
  /** How dependents (driver and executor pods, services) go, as kubectl's --cascade spells it. */
  enum Cascade {
    background(DeletionPropagation.BACKGROUND),
    foreground(DeletionPropagation.FOREGROUND),
    orphan(DeletionPropagation.ORPHAN);

    final DeletionPropagation propagation;

    Cascade(DeletionPropagation propagation) {
      this.propagation = propagation;
    }
  }

  @Spec
  CommandSpec spec;

  @Mixin
  ClusterOptions cluster;

  @Mixin
  NamedResource resource;

  @Option(names = "--cascade", paramLabel = "MODE", defaultValue = "background",
      description = "What happens to its pods: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Cascade cascade;

  @Option(names = "--dry-run", description = "Server-side dry run: the cluster checks but deletes nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    Class<? extends SparkResource> type = resource.type(spec);
    return cluster.withClient(client -> delete(client, type));
  }

  private int delete(SparkClient client, Class<? extends SparkResource> type) {
    SparkClient deleting = dryRun ? client.dryRun() : client;
    if (!deleting.delete(type, resource.name, cascade.propagation)) {
      return resource.notFound(spec, client);
    }
    spec.commandLine().getOut().println(resource.describe(client) + " deleted" + (dryRun ? " (server dry run)" : ""));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
