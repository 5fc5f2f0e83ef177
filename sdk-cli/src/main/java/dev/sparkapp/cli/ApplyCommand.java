package dev.sparkapp.cli;

import dev.sparkapp.client.ApplyStrategy;
import dev.sparkapp.client.SparkClient;
import dev.sparkapp.client.SparkClientOptions;
import dev.sparkapp.core.ApplicationStateType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationStatus;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    "Optionally wait until every SparkApplication reaches a state. Exit 1 when the cluster refuses."})
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

  @Option(names = "--wait", paramLabel = "STATE", split = ",",
      description = "Wait until each SparkApplication reaches one of these states (e.g. COMPLETED or RUNNING).")
  List<ApplicationStateType> waitFor = new ArrayList<>();

  @Option(names = "--timeout", paramLabel = "D", defaultValue = "5m", converter = Durations.class,
      description = "How long --wait waits, like 90s, 10m or 1h (default: ${DEFAULT-VALUE}).")
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
    SparkClientOptions options = SparkClientOptions.defaults().toBuilder()
        .strategy(createOrReplace ? ApplyStrategy.CREATE_OR_REPLACE : ApplyStrategy.SERVER_SIDE_APPLY)
        .fieldManager(fieldManager).force(force).dryRun(dryRun).validate(!noValidate).build();
    return cluster.withClient(client -> applyAndWait(client.withOptions(options), resources));
  }

  private int applyAndWait(SparkClient client, List<Object> resources) {
    PrintWriter out = spec.commandLine().getOut();
    List<Object> applied = client.apply(resources);
    for (Object resource : applied) {
      out.println(describe(resource, client) + (dryRun ? " applied (server dry run)" : " applied"));
    }
    out.flush();
    for (Object resource : applied) {
      if (!waitFor.isEmpty() && resource instanceof SparkApplication app) {
        ApplicationStateType[] states = waitFor.toArray(new ApplicationStateType[0]);
        SparkApplicationStatus status = client.inNamespace(namespaceOf(app, client))
            .waitFor(app.name().orElseThrow(), timeout, states);
        out.println(describe(app, client) + " reached " + status.applicationState().orElseThrow().stateType().name());
        out.flush();
      }
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
