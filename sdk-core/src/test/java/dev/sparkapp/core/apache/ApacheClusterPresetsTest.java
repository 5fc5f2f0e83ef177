package dev.sparkapp.core.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.probe.ProbePreset;
import dev.sparkapp.core.probe.ProbePresetException;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpecBuilder;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The probe presets on a SparkCluster's master and workers: they land in the container the operator runs the
 * master or worker in (the first named {@code master} / {@code worker}, appended when there is none), on the
 * ports the standalone daemons open; the presets that need a driver, an executor or a Connect server are refused
 * naming the probe's path. The operator's own pod building is checked against them in sdk-yaml's
 * {@code ApacheClusterExamplePresetsTest}.
 */
class ApacheClusterPresetsTest {
  private static final ProbeSet PROBES = ProbeSet.none()
      .master(m -> m.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi()).readinessProbe(Probes.masterRpc()))
      .worker(w -> w.livenessProbe(Probes.sparkUi()));

  private static final java.util.function.Consumer<ClusterTolerations.Builder> ONE_WORKER =
      t -> t.instanceConfig(i -> i.initWorkers(1).minWorkers(1).maxWorkers(1));

  private static ApacheSparkCluster.Builder cluster() {
    return ApacheSparkCluster.builder().metadata(m -> m.withName("c").withNamespace("default"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).clusterTolerations(ONE_WORKER));
  }

  private static List<Container> masterContainers(ApacheSparkCluster c) {
    return c.spec().masterSpec().orElseThrow().statefulSetSpec().orElseThrow().getTemplate().getSpec().getContainers();
  }

  private static List<Container> workerContainers(ApacheSparkCluster c) {
    return c.spec().workerSpec().orElseThrow().statefulSetSpec().orElseThrow().getTemplate().getSpec().getContainers();
  }

  @Test
  void withoutATemplateTheMasterAndWorkerContainersAreCreatedWithUiAndRpcProbes() {
    ApacheSparkCluster probed = cluster().probes(PROBES).build();

    assertThat(masterContainers(probed)).singleElement().satisfies(c -> {
      assertThat(c.getName()).isEqualTo("master");
      assertThat(c.getStartupProbe().getHttpGet().getPath()).isEqualTo("/json/");
      assertThat(c.getStartupProbe().getHttpGet().getPort().getIntVal()).isEqualTo(8080);
      assertThat(c.getLivenessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(8080);
      assertThat(c.getReadinessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(7077);
    });
    assertThat(workerContainers(probed)).singleElement().satisfies(c -> {
      assertThat(c.getName()).isEqualTo("worker");
      assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/json/");
      assertThat(c.getLivenessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(8081);
    });
    assertThat(probed.spec().sparkConf()).as("nothing pinned: the start scripts fix the defaults").isNull();
  }

  @Test
  void theUiProbesFollowTheMasterAndWorkerUiPortSettings() {
    ApacheSparkCluster probed = cluster().spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).clusterTolerations(ONE_WORKER)
        .putSparkConf("spark.master.ui.port", "9090").putSparkConf("spark.worker.ui.port", "9091"))
        .probes(PROBES).build();

    assertThat(masterContainers(probed).get(0).getLivenessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(9090);
    assertThat(workerContainers(probed).get(0).getLivenessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(9091);
  }

  @Test
  void aRandomMasterUiPortIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> cluster().spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).clusterTolerations(ONE_WORKER)
        .putSparkConf("spark.master.ui.port", "0")).probes(PROBES).build())
        .isInstanceOf(ProbePresetException.class)
        .satisfies(e -> assertThat(((ProbePresetException) e).path().toString())
            .isEqualTo("spec.sparkConf[\"spark.master.ui.port\"]"));
  }

  @Test
  void theOperatorsNamedContainerIsSparksAndASidecarFirstKeepsItsPlace() {
    ApacheSparkCluster withSidecar = cluster().spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).clusterTolerations(ONE_WORKER)
        .masterSpec(m -> m.statefulSetSpec(new StatefulSetSpecBuilder().withTemplate(new PodTemplateSpecBuilder()
            .withNewSpec().addNewContainer().withName("sidecar").withImage("pause").endContainer()
            .addNewContainer().withName("master").endContainer().endSpec().build()).build()))).build();

    ApacheSparkCluster probed = (ApacheSparkCluster) PROBES.applyToAny(withSidecar);

    assertThat(masterContainers(probed)).extracting(Container::getName).containsExactly("sidecar", "master");
    assertThat(masterContainers(probed).get(0).getLivenessProbe()).isNull();
    assertThat(masterContainers(probed).get(1).getLivenessProbe()).isNotNull();
  }

  @Test
  void withoutAContainerNamedMasterOneIsAppendedAsTheOperatorDoes() {
    ApacheSparkCluster sidecarOnly = cluster().spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).clusterTolerations(ONE_WORKER)
        .masterSpec(m -> m.statefulSetSpec(new StatefulSetSpecBuilder().withReplicas(1).withTemplate(
            new PodTemplateSpecBuilder().withNewSpec().addNewContainer().withName("sidecar").endContainer().endSpec()
                .build()).build()))).build();

    ApacheSparkCluster probed = (ApacheSparkCluster) PROBES.applyToAny(sidecarOnly);

    assertThat(masterContainers(probed)).extracting(Container::getName).containsExactly("sidecar", "master");
    assertThat(masterContainers(probed).get(0).getLivenessProbe()).isNull();
    assertThat(masterContainers(probed).get(1).getLivenessProbe().getHttpGet().getPath()).isEqualTo("/json/");
    assertThat(probed.spec().masterSpec().orElseThrow().statefulSetSpec().orElseThrow().getReplicas())
        .as("the rest of the StatefulSet spec stays").isEqualTo(1);
  }

  static Stream<Arguments> refused() {
    return Stream.of(SparkPod.MASTER, SparkPod.WORKER).flatMap(pod -> Stream.of(
        Arguments.of(pod, Probes.jobProgress(Duration.ofMinutes(15))),
        Arguments.of(pod, Probes.driverRpc()),
        Arguments.of(pod, Probes.blockManager()),
        Arguments.of(pod, Probes.connectGrpc()),
        Arguments.of(pod, Probes.logStaleness(Duration.ofMinutes(10)))));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void presetsThatNeedADriverOrExecutorAreRefusedOnMasterAndWorkers(SparkPod pod, ProbePreset preset) {
    ProbeSet set = pod == SparkPod.MASTER ? ProbeSet.none().master(m -> m.livenessProbe(preset))
        : ProbeSet.none().worker(w -> w.livenessProbe(preset));

    assertThatThrownBy(() -> cluster().probes(set).build())
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spark-ui")
        .satisfies(e -> assertThat(((ProbePresetException) e).path().toString()).isEqualTo("spec." + pod.specField()
            + "Spec.statefulSetSpec.template.spec.containers[" + pod.containerName() + "].livenessProbe"));
  }

  @Test
  void theMasterRpcPresetIsRefusedOnWorkersAndTcpHasNoWorkerPreset() {
    assertThatThrownBy(() -> cluster().probes(ProbeSet.none().worker(w -> w.livenessProbe(Probes.masterRpc()))).build())
        .isInstanceOf(ProbePresetException.class).hasMessageContaining("only a standalone master");
    assertThatThrownBy(() -> Probes.tcp(SparkPod.WORKER))
        .isInstanceOf(ProbePresetException.class).hasMessageContaining("random RPC port");
    assertThatThrownBy(() -> Probes.named("tcp", SparkPod.WORKER, Duration.ofMinutes(10)))
        .isInstanceOf(ProbePresetException.class);
    assertThat(Probes.tcp(SparkPod.MASTER)).isEqualTo(Probes.masterRpc());
    assertThat(Probes.named("tcp", SparkPod.MASTER, Duration.ofMinutes(10))).isEqualTo(Probes.masterRpc());
  }

  @Test
  void driverPresetsOnAClusterAreRefusedRatherThanDropped() {
    ProbeSet driverOnly = ProbeSet.none().driver(d -> d.livenessProbe(Probes.sparkUi()));

    assertThatThrownBy(() -> cluster().probes(driverOnly).build())
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("SparkCluster has no [driver] pod")
        .hasMessageContaining("master (spec.masterSpec.statefulSetSpec.template)");
  }

  @Test
  void masterPresetsOnAnApplicationAreRefusedRatherThanDropped() {
    ApacheSparkApplication.Builder app = ApacheSparkApplication.builder().metadata(m -> m.withName("pi"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).mainClass("A").jars("local:///a.jar"))
        .probes(ProbeSet.none().master(m -> m.livenessProbe(Probes.sparkUi())));

    assertThatThrownBy(app::build).isInstanceOf(ProbePresetException.class).hasMessageContaining("no [master] pod");
  }

  @Test
  void thePodBuildersRecordPresetsThatBuildAttachesAsTheProbeSetDoes() {
    ApacheSparkCluster recorded = ApacheSparkCluster.builder().metadata(m -> m.withName("c").withNamespace("default"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).clusterTolerations(ONE_WORKER)
            .masterSpec(m -> m.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi())
                .readinessProbe(Probes.masterRpc()))
            .workerSpec(w -> w.livenessProbe(Probes.sparkUi())))
        .build();

    assertThat(recorded).isEqualTo(cluster().probes(PROBES).build());
    assertThat(recorded.spec().masterSpec().orElseThrow().probePresets()).isEmpty();
    assertThat(recorded.spec().workerSpec().orElseThrow().probePresets()).isEmpty();
  }

  @Test
  void theApplicationPodBuildersRecordPresetsThatBuildAttachesAsTheProbeSetDoes() {
    ApacheSparkApplication recorded = ApacheSparkApplication.builder().metadata(m -> m.withName("pi"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).mainClass("A").jars("local:///a.jar")
            .driverSpec(d -> d.startupProbe(Probes.sparkUi()).livenessProbe(Probes.jobProgress(Duration.ofMinutes(15))))
            .executorSpec(e -> e.livenessProbe(Probes.blockManager())))
        .build();
    ApacheSparkApplication fromSet = ApacheSparkApplication.builder().metadata(m -> m.withName("pi"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).mainClass("A").jars("local:///a.jar"))
        .probes(ProbeSet.none()
            .driver(d -> d.startupProbe(Probes.sparkUi()).livenessProbe(Probes.jobProgress(Duration.ofMinutes(15))))
            .executor(e -> e.livenessProbe(Probes.blockManager())))
        .build();

    assertThat(recorded).isEqualTo(fromSet);
    assertThat(recorded.spec().driverSpec().orElseThrow().probePresets()).isEmpty();
    Container driver = recorded.spec().driverSpec().orElseThrow().podTemplateSpec().orElseThrow().getSpec()
        .getContainers().get(0);
    assertThat(driver.getStartupProbe().getHttpGet().getPath()).isEqualTo("/api/v1/version");
    assertThat(driver.getLivenessProbe().getExec()).isNotNull();
    assertThat(recorded.spec().sparkConf()).containsEntry("spark.ui.port", "4040");
  }

  @Test
  void aProbeSetPresetWinsOverARecordedOneOfTheSamePodAndKind() {
    ApacheSparkCluster built = ApacheSparkCluster.builder().metadata(m -> m.withName("c"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).clusterTolerations(ONE_WORKER).masterSpec(m -> m.livenessProbe(Probes.sparkUi())))
        .probes(ProbeSet.none().master(m -> m.livenessProbe(Probes.masterRpc())))
        .build();

    assertThat(masterContainers(built).get(0).getLivenessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(7077);
    assertThat(built.spec().sparkConf()).isNull();
  }
}
