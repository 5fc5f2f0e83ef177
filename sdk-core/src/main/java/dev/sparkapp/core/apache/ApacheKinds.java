package dev.sparkapp.core.apache;

import dev.sparkapp.core.AttachableProbe;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.KindPod;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKindProvider;
import dev.sparkapp.core.SparkContainerRule;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPorts;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpecBuilder;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The declarations of the Apache operator's two kinds ({@code spark.apache.org}, served as {@code v1} and
 * {@code v1beta1}), registered once in {@code ResourceKinds}: where their {@code sparkConf} and state sit, and
 * an application's driver and executor pods ({@code spec.driverSpec.podTemplateSpec},
 * {@code spec.executorSpec.podTemplateSpec}) whose Spark container is the one sparkConf's
 * {@code spark.kubernetes.{driver,executor}.podTemplateContainerName} names, else the first: the operator
 * configures no name. A SparkCluster declares its master and worker pods ({@code
 * spec.masterSpec.statefulSetSpec.template}, {@code spec.workerSpec.statefulSetSpec.template}), whose Spark
 * container is the first named {@code master} / {@code worker}, which the operator appends when there is none
 * ({@link SparkContainerRule#namedByOperator}), with the ports {@code SparkClusterResourceSpec} (1.0.0) and
 * Spark's start scripts give them: the UI ({@code spark.master.ui.port} else 8080, {@code spark.worker.ui.port}
 * else 8081) and the master's RPC port 7077.
 */
public final class ApacheKinds implements ResourceKindProvider {
  /** The declaration of {@link ApacheSparkApplication}. */
  public static final ResourceKind<ApacheSparkApplication> APPLICATION = application();

  /** The declaration of {@link ApacheSparkCluster}. */
  public static final ResourceKind<ApacheSparkCluster> CLUSTER = cluster();

  /** Creates the provider; called by {@link java.util.ServiceLoader} (use the constants or {@code ResourceKinds}). */
  public ApacheKinds() {}

  @Override
  public List<ResourceKind<?>> kinds() {
    return List.of(APPLICATION, CLUSTER);
  }

  private static ResourceKind<ApacheSparkApplication> application() {
    FieldPath spec = FieldPath.of("spec");
    return ResourceKind.builder(ApacheSparkApplication.class)
        .submittedAs(ApacheSparkResource.GROUP, ApacheSparkResource.VERSION, ApacheSparkApplication.KIND, "sparkapplications")
        .alsoServed("v1beta1")
        .sparkConf(spec.field("sparkConf"), app -> Optional.ofNullable(app.spec().sparkConf()),
            (app, conf) -> withSpec(app, ApacheApplicationSpec.builder().from(app.spec()).sparkConf(conf).build()))
        .pod(pod(SparkPod.DRIVER, spec.field("driverSpec"), ApacheApplicationSpec::driverSpec,
            (b, t) -> b.driverSpec(t)))
        .pod(pod(SparkPod.EXECUTOR, spec.field("executorSpec"), ApacheApplicationSpec::executorSpec,
            (b, t) -> b.executorSpec(t)))
        .state(app -> app.status().flatMap(ApacheApplicationStatus::stateSummary).map(Object::toString))
        .statusLines(app -> applicationLines(app.status().orElseGet(() -> ApacheApplicationStatus.builder().build())))
        .status(ApacheKindStatus.application())
        .parts(app -> List.of(new ResourceKind.Part(FieldPath.root(), app)))
        .readinessBudget(ApacheKinds::budget)
        .build();
  }

  /**
   * The operator's limits on the driver (AppDriverTimeoutObserver): Spark's container must be ready within
   * {@code driverStartTimeoutMillis} of the driver's request, the pod Ready within {@code driverReadyTimeoutMillis}
   * more; 0 or less switches a limit off.
   */
  private static List<Map.Entry<String, String>> budget(ApacheSparkApplication app) {
    Optional<ApplicationTimeoutConfig> timeouts = app.spec().applicationTolerations()
        .flatMap(ApplicationTolerations::applicationTimeoutConfig);
    long start = timeouts.map(ApplicationTimeoutConfig::effectiveDriverStartTimeoutMillis)
        .orElse(ApplicationTimeoutConfig.DEFAULT_DRIVER_START_TIMEOUT_MILLIS);
    long ready = app.spec().driverReadyTimeoutMillis();
    return List.of(
        line("driverStartTimeoutMillis", limit(start) + ": driver requested -> Spark's container ready (startup and "
            + "readiness probes), else DriverStartTimedOut"),
        line("driverReadyTimeoutMillis", limit(ready) + ": DriverStarted -> driver pod Ready, else DriverReadyTimedOut"));
  }

  private static String limit(long millis) {
    return millis <= 0 ? "off (" + millis + ")" : (millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms");
  }

  private static ResourceKind<ApacheSparkCluster> cluster() {
    FieldPath spec = FieldPath.of("spec");
    return ResourceKind.builder(ApacheSparkCluster.class)
        .submittedAs(ApacheSparkResource.GROUP, ApacheSparkResource.VERSION, ApacheSparkCluster.KIND, "sparkclusters")
        .alsoServed("v1beta1")
        .sparkConf(spec.field("sparkConf"), c -> Optional.ofNullable(c.spec().sparkConf()),
            (c, conf) -> ApacheSparkCluster.builder().from(c)
                .spec(ApacheClusterSpec.builder().from(c.spec()).sparkConf(conf).build()).build())
        .state(c -> c.status().flatMap(ApacheClusterStatus::stateSummary).map(Object::toString))
        .statusLines(c -> clusterLines(c.status().orElseGet(() -> ApacheClusterStatus.builder().build())))
        .status(ApacheKindStatus.cluster())
        .parts(c -> List.of(new ResourceKind.Part(FieldPath.root(), c)))
        .pod(standalonePod(SparkPod.MASTER, spec.field("masterSpec"),
            c -> c.spec().masterSpec().flatMap(MasterSpec::statefulSetSpec),
            c -> c.spec().masterSpec().map(MasterSpec::probePresets).orElse(Map.of()),
            (c, set) -> ApacheClusterSpec.builder().from(c.spec())
                .masterSpec(MasterSpec.builder().from(c.spec().masterSpec().orElseGet(() -> MasterSpec.builder().build()))
                    .statefulSetSpec(set).probePresets(Map.of()).build()).build())
            .port("ui", SparkPorts.MASTER_UI_PORT)
            .port("master-rpc")
            .build())
        .pod(standalonePod(SparkPod.WORKER, spec.field("workerSpec"),
            c -> c.spec().workerSpec().flatMap(WorkerSpec::statefulSetSpec),
            c -> c.spec().workerSpec().map(WorkerSpec::probePresets).orElse(Map.of()),
            (c, set) -> ApacheClusterSpec.builder().from(c.spec())
                .workerSpec(WorkerSpec.builder().from(c.spec().workerSpec().orElseGet(() -> WorkerSpec.builder().build()))
                    .statefulSetSpec(set).probePresets(Map.of()).build()).build())
            .port("ui", SparkPorts.WORKER_UI_PORT)
            .build())
        .build();
  }

  /**
   * The master or worker pod of a SparkCluster at {@code path} ({@code spec.masterSpec}, {@code spec.workerSpec}),
   * its template at {@code statefulSetSpec.template} under it; its Spark container is the one the operator
   * names after the role ({@code SparkClusterResourceSpec.build{Master,Worker}StatefulSet}).
   */
  private static KindPod.Builder<ApacheSparkCluster> standalonePod(SparkPod role, FieldPath path,
      Function<ApacheSparkCluster, Optional<StatefulSetSpec>> read,
      Function<ApacheSparkCluster, Map<ProbeKind, AttachableProbe>> recorded,
      BiFunction<ApacheSparkCluster, StatefulSetSpec, ApacheClusterSpec> write) {
    return KindPod.<ApacheSparkCluster>builder(role)
        .at(path, path.field("statefulSetSpec").field("template"))
        .containerRule(SparkContainerRule.namedByOperator(role.containerName()))
        .template(c -> read.apply(c).map(StatefulSetSpec::getTemplate))
        .recorded(recorded)
        .writer((c, template, javaOptions) -> {
          StatefulSetSpec set = read.apply(c).map(s -> new StatefulSetSpecBuilder(s).withTemplate(template).build())
              .orElseGet(() -> new StatefulSetSpecBuilder().withTemplate(template).build());
          return ApacheSparkCluster.builder().from(c).spec(write.apply(c, set)).build();
        });
  }

  /**
   * The driver or executor pod at {@code path} ({@code spec.driverSpec}, {@code spec.executorSpec}), its template
   * at {@code podTemplateSpec} under it.
   */
  private static KindPod<ApacheSparkApplication> pod(SparkPod role, FieldPath path,
      Function<ApacheApplicationSpec, Optional<ApplicationTemplateSpec>> read,
      BiFunction<ApacheApplicationSpec.Builder, ApplicationTemplateSpec, ApacheApplicationSpec.Builder> write) {
    KindPod.Builder<ApacheSparkApplication> pod = KindPod.<ApacheSparkApplication>builder(role)
        .at(path, path.field("podTemplateSpec"))
        .containerRule(SparkContainerRule.configuredInSparkConf(
            "spark.kubernetes." + role.specField() + ".podTemplateContainerName", role.containerName()))
        .template(app -> read.apply(app.spec()).flatMap(ApplicationTemplateSpec::podTemplateSpec))
        .recorded(app -> read.apply(app.spec()).map(ApplicationTemplateSpec::probePresets).orElse(Map.of()))
        .writer((app, template, javaOptions) -> {
          ApplicationTemplateSpec.Builder holder = ApplicationTemplateSpec.builder();
          read.apply(app.spec()).ifPresent(holder::from);
          PodTemplateSpec written = template;
          return withSpec(app, write.apply(ApacheApplicationSpec.builder().from(app.spec()),
              holder.podTemplateSpec(written).probePresets(Map.of()).build()).build());
        });
    return pod.sparkPorts().build();
  }

  private static ApacheSparkApplication withSpec(ApacheSparkApplication app, ApacheApplicationSpec spec) {
    return ApacheSparkApplication.builder().from(app).spec(spec).build();
  }

  private static List<Map.Entry<String, String>> applicationLines(ApacheApplicationStatus status) {
    List<Map.Entry<String, String>> lines = new ArrayList<>();
    lines.add(line("State", status.stateSummary().map(Object::toString).orElse("NEW (not yet reconciled)")));
    status.currentState().flatMap(ApacheApplicationState::message).filter(m -> !m.isBlank())
        .ifPresent(m -> lines.add(line("Message", m)));
    status.currentState().flatMap(ApacheApplicationState::lastTransitionTime).ifPresent(t -> lines.add(line("Since", t)));
    status.currentAttemptSummary().flatMap(ApplicationAttemptSummary::attemptInfo).ifPresent(a -> {
      a.id().ifPresent(id -> lines.add(line("Attempt", String.valueOf(id))));
      a.restartCounter().ifPresent(n -> lines.add(line("Restarts", String.valueOf(n))));
    });
    status.currentState().flatMap(ApacheApplicationState::lastObservedDriverStatus).map(p -> p.getPhase())
        .ifPresent(phase -> lines.add(line("Driver pod phase", phase)));
    return lines;
  }

  private static List<Map.Entry<String, String>> clusterLines(ApacheClusterStatus status) {
    List<Map.Entry<String, String>> lines = new ArrayList<>();
    lines.add(line("State", status.stateSummary().map(Object::toString).orElse("NEW (not yet reconciled)")));
    status.currentState().flatMap(ClusterState::message).filter(m -> !m.isBlank())
        .ifPresent(m -> lines.add(line("Message", m)));
    status.currentState().flatMap(ClusterState::lastTransitionTime).ifPresent(t -> lines.add(line("Since", t)));
    return lines;
  }

  private static Map.Entry<String, String> line(String label, String value) {
    return new AbstractMap.SimpleImmutableEntry<>(label, value);
  }
}
