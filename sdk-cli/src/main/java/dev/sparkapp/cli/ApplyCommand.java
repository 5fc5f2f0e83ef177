package dev.sparkapp.cli;

import dev.sparkapp.client.ApplyStrategy;
import dev.sparkapp.client.SparkClient;
import dev.sparkapp.client.SparkClientOptions;
import dev.sparkapp.client.StateReached;
import dev.sparkapp.core.KindStatus;
import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sparkapp apply FILE...}: applies manifests to the cluster, optionally waiting for a state. */
@Command(name = "apply", description = {
    "Apply manifests to the cluster by server-side apply, companion ConfigMaps and Secrets first.",
    "Optionally wait until every Spark resource reaches a state of its operator's (--wait). Exit 1 when the",
    "cluster refuses or a resource ends in another final state."})
final class ApplyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ClusterOptions cluster;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Manifest files; - reads standard input.")
  List<String> files;

  @Option(names = "--dry-run", description = "Server-side dry run: the cluster validates but stores nothing.")
  boolean dryRun;

  @Option(names = "--force", description = "Take over fields owned by other field managers.")
  boolean force;

  @Option(names = "--field-manager", paramLabel = "NAME", defaultValue = SparkClientOptions.DEFAULT_FIELD_MANAGER,
      description = "The server-side apply field manager (default: ${DEFAULT-VALUE}).")
  String fieldManager;

  @Option(names = "--create-or-replace",
      description = "Create, or replace the whole object, instead of server-side apply (for clusters without it).")
  boolean createOrReplace;

  @Option(names = "--no-validate", negatable = false, description = "Skip the client-side validation.")
  boolean noValidate;

  @Option(names = {"--wait", "--wait-connect"}, paramLabel = "STATE", split = ",",
      description = {"Wait until each applied Spark resource whose kind has one of these states reaches one,",
          "as its operator writes them (kubeflow SparkApplication: COMPLETED, RUNNING; SparkConnect: Ready;",
          "Apache SparkApplication: RunningHealthy, Succeeded; SparkCluster: RunningHealthy); case and",
          "underscores do not matter (READY, RUNNING_HEALTHY). --wait-connect is another name for --wait."})
  List<String> waitFor = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "D", defaultValue = "5m", converter = Durations.class,
      description = "How long --wait waits for each resource, like 90s, 10m or 1h (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (dryRun && !waitFor.isEmpty()) {
      err.println("sparkapp apply: --wait cannot be combined with --dry-run: nothing is stored to wait for");
      return SparkAppCommand.EXIT_USAGE;
    }
    List<Object> resources = new ArrayList<>();
    for (String file : files) {
      resources.addAll(ManifestFiles.read(SparkYaml.strict(), file, System.in).resources());
    }
    Optional<String> unknown = unknownState(resources);
    if (unknown.isPresent()) {
      err.println("sparkapp apply: " + unknown.get());
      return SparkAppCommand.EXIT_USAGE;
    }
    SparkClientOptions options = SparkClientOptions.defaults().toBuilder()
        .strategy(createOrReplace ? ApplyStrategy.CREATE_OR_REPLACE : ApplyStrategy.SERVER_SIDE_APPLY)
        .fieldManager(fieldManager).force(force).dryRun(dryRun).validate(!noValidate).build();
    return cluster.withClient(client -> applyAndWait(client.withOptions(options), resources));
  }

  /**
   * Returns why {@code --wait} cannot be done when one of its states is a state of no Spark resource applied (a
   * typo, or a state of another kind), naming each kind's states; empty when every state belongs to one.
   */
  private Optional<String> unknownState(List<Object> resources) {
    if (waitFor.isEmpty()) {
      return Optional.empty();
    }
    Map<ResourceKind<?>, KindStatus> kinds = new LinkedHashMap<>();
    resources.forEach(r -> ResourceKinds.find(r).ifPresent(k -> k.status().ifPresent(s -> kinds.put(k, s))));
    for (String state : waitFor) {
      if (kinds.values().stream().noneMatch(k -> k.stateNamed(state).isPresent())) {
        StringBuilder states = new StringBuilder();
        kinds.forEach((kind, status) -> states.append("; a ").append(kind).append(" reaches ")
            .append(String.join(", ", status.states())));
        return Optional.of("no resource applied ever reaches the state '" + state + "' given to --wait"
            + (kinds.isEmpty() ? " (no Spark resource in the files)" : states.toString()));
      }
    }
    return Optional.empty();
  }

  private int applyAndWait(SparkClient client, List<Object> resources) {
    PrintWriter out = spec.commandLine().getOut();
    List<Object> applied = client.apply(resources);
    for (Object resource : applied) {
      out.println(describe(resource, client) + (dryRun ? " applied (server dry run)" : " applied"));
    }
    out.flush();
    for (Object resource : applied) {
      Optional<ResourceKind<?>> kind = ResourceKinds.find(resource);
      if (waitFor.isEmpty() || kind.isEmpty() || kind.get().status().isEmpty()) {
        continue;
      }
      KindStatus status = kind.get().status().get();
      List<String> states = waitFor.stream().filter(s -> status.stateNamed(s).isPresent()).toList();
      if (states.isEmpty()) {
        continue;
      }
      SparkResource spark = (SparkResource) resource;
      StateReached<? extends SparkResource> reached = client.inNamespace(namespaceOf(spark, client))
          .waitFor(kind.get().type(), spark.name().orElseThrow(), timeout, states.toArray(new String[0]));
      String asGiven = states.stream().filter(s -> status.stateNamed(s).orElseThrow().equals(reached.state()))
          .findFirst().orElse(reached.state());
      out.println(describe(spark, client) + " reached " + asGiven);
      out.flush();
    }
    return 0;
  }

  /** Returns {@code Kind namespace/name}, as the client's messages name resources. */
  private static String describe(Object resource, SparkClient client) {
    if (resource instanceof SparkResource spark) {
      return NamedResource.label(spark.kind(), namespaceOf(spark, client), spark.name().orElse(""));
    }
    HasMetadata meta = (HasMetadata) resource;
    return NamedResource.label(meta.getKind(), meta.getMetadata().getNamespace(), meta.getMetadata().getName());
  }

  private static String namespaceOf(SparkResource resource, SparkClient client) {
    return resource.namespace().orElse(client.namespace());
  }
}
