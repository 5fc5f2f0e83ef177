package dev.sparkapp.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The declaration of the kubeflow {@link SparkConnect}, registered in {@link ResourceKinds}: the server
 * ({@code spec.server}, Spark's driver) and the executors ({@code spec.executor}); neither has a {@code
 * javaOptions} field, so JVM options go to {@code spec.sparkConf}.
 */
final class SparkConnectKind {
  private SparkConnectKind() {}

  static final ResourceKind<SparkConnect> KIND = declare();

  private static ResourceKind<SparkConnect> declare() {
    FieldPath spec = FieldPath.of("spec");
    FieldPath server = spec.field("server");
    FieldPath executor = spec.field("executor");
    KindPod.Builder<SparkConnect> serverPod = KindPod.<SparkConnect>builder(SparkPod.DRIVER)
        .at(server, server.field("template"))
        .containerRule(KubeflowPods.rule(SparkPod.DRIVER))
        .requireNamedContainer("the Spark Connect server", "the server")
        .template(c -> c.spec().server().flatMap(ConnectServerSpec::template))
        .recorded(c -> c.spec().server().map(ConnectServerSpec::probePresets).orElse(Map.of()))
        .writer((c, template, javaOptions) -> {
          ConnectServerSpec.Builder builder = ConnectServerSpec.builder();
          c.spec().server().ifPresent(builder::from);
          return withSpec(c, SparkConnectSpec.builder().from(c.spec())
              .server(builder.template(template).probePresets(Map.of()).build()).build());
        });
    KubeflowPods.ports(serverPod, SparkPod.DRIVER).port("connect-grpc", SparkPorts.CONNECT_GRPC_PORT);
    KindPod.Builder<SparkConnect> executorPod = KindPod.<SparkConnect>builder(SparkPod.EXECUTOR)
        .at(executor, executor.field("template"))
        .containerRule(KubeflowPods.rule(SparkPod.EXECUTOR))
        .template(c -> c.spec().executor().flatMap(ConnectExecutorSpec::template))
        .recorded(c -> c.spec().executor().map(ConnectExecutorSpec::probePresets).orElse(Map.of()))
        .writer((c, template, javaOptions) -> {
          ConnectExecutorSpec.Builder builder = ConnectExecutorSpec.builder();
          c.spec().executor().ifPresent(builder::from);
          return withSpec(c, SparkConnectSpec.builder().from(c.spec())
              .executor(builder.template(template).probePresets(Map.of()).build()).build());
        });
    KubeflowPods.ports(executorPod, SparkPod.EXECUTOR);
    return ResourceKind.builder(SparkConnect.class)
        .submittedAs(SparkResource.GROUP, SparkConnect.CONNECT_VERSION, SparkConnect.KIND, "sparkconnects")
        .sparkConf(spec.field("sparkConf"), c -> Optional.ofNullable(c.spec().sparkConf()),
            (c, conf) -> withSpec(c, SparkConnectSpec.builder().from(c.spec()).sparkConf(conf).build()))
        .pod(serverPod.build())
        .pod(executorPod.build())
        .state(c -> c.status().flatMap(SparkConnectStatus::state).filter(s -> !s.isEmpty()))
        .statusLines(c -> statusLines(c.status().orElseGet(() -> SparkConnectStatus.builder().build())))
        .status(new SparkConnectKindStatus())
        .parts(c -> List.of(new ResourceKind.Part(spec, c.spec())))
        .build();
  }

  private static SparkConnect withSpec(SparkConnect connect, SparkConnectSpec spec) {
    return ((ImmutableSparkConnect) ImmutableSparkConnect.copyOf(connect)).withSpec(spec);
  }

  private static List<Map.Entry<String, String>> statusLines(SparkConnectStatus status) {
    List<Map.Entry<String, String>> lines = new ArrayList<>();
    String state = status.state().orElse("");
    lines.add(KubeflowPods.line("State", state.isEmpty() ? "NEW (not yet reconciled)" : state));
    status.server().flatMap(ConnectServerStatus::podName).ifPresent(pod -> lines.add(KubeflowPods.line("Server pod", pod)));
    status.server().flatMap(ConnectServerStatus::podIp).ifPresent(ip -> lines.add(KubeflowPods.line("Server pod IP", ip)));
    status.server().flatMap(ConnectServerStatus::serviceName).ifPresent(svc -> lines.add(KubeflowPods.line("Service", svc)));
    if (status.executors() != null && !status.executors().isEmpty()) {
      lines.add(KubeflowPods.line("Executors", status.executors().entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))));
    }
    if (status.conditions() != null) {
      status.conditions().forEach(c -> lines.add(KubeflowPods.line("Condition", c.getType() + "=" + c.getStatus()
          + (c.getMessage() == null || c.getMessage().isBlank() ? "" : " (" + c.getMessage() + ")"))));
    }
    status.startTime().ifPresent(t -> lines.add(KubeflowPods.line("Started at", t)));
    status.lastUpdateTime().ifPresent(t -> lines.add(KubeflowPods.line("Updated at", t)));
    return lines;
  }
}
