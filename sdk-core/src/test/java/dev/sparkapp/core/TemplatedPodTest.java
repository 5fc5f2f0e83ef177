package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.probe.ProbePresetException;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The probe methods of the pod builders ({@link TemplatedPod.ProbeMethods}) and what the resource's build makes of them. */
class TemplatedPodTest {
  private static SparkApplication app(Consumer<SparkApplicationSpec.Builder> spec) {
    return SparkApplication.builder()
        .metadata(m -> m.withName("pi").withNamespace("jobs"))
        .spec(s -> spec.accept(s.image("apache/spark:4.0.1")))
        .build();
  }

  private static SparkApplication bare() {
    return app(s -> {});
  }

  private static Container spark(Optional<? extends SparkPodSpec> pod, String name) {
    PodTemplateSpec template = pod.orElseThrow().template().orElseThrow();
    return template.getSpec().getContainers().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
  }

  private static Container driver(SparkApplication app) {
    return spark(app.spec().driver(), "spark-kubernetes-driver");
  }

  private static Container executor(SparkApplication app) {
    return spark(app.spec().executor(), "spark-kubernetes-executor");
  }

  @Test
  void livenessProbePresetLandsInTheDriversSparkContainerWithItsPortPinned() {
    SparkApplication app = app(s -> s.driver(d -> d.cores(1).livenessProbe(Probes.sparkUi())));

    Probe probe = driver(app).getLivenessProbe();
    assertThat(probe.getHttpGet().getPath()).isEqualTo("/api/v1/version");
    assertThat(probe.getHttpGet().getPort().getIntVal()).isEqualTo(4040);
    assertThat(probe.getPeriodSeconds()).isEqualTo(15);
    assertThat(app.spec().sparkConf()).containsExactly(Map.entry("spark.ui.port", "4040"));
    assertThat(app.spec().driver().orElseThrow().cores()).contains(1);
    assertThat(app.spec().driver().orElseThrow().probePresets()).isEmpty();
  }

  @Test
  void readinessProbePresetGetsReadinessTiming() {
    SparkApplication app = app(s -> s.driver(d -> d.readinessProbe(Probes.driverRpc())));

    Probe probe = driver(app).getReadinessProbe();
    assertThat(probe.getTcpSocket().getPort().getIntVal()).isEqualTo(7078);
    assertThat(probe.getFailureThreshold()).isEqualTo(3);
    assertThat(driver(app).getLivenessProbe()).isNull();
    assertThat(app.spec().sparkConf()).containsExactly(Map.entry("spark.driver.port", "7078"));
  }

  @Test
  void startupProbePresetGetsTheStartupBudget() {
    SparkApplication app = app(s -> s.driver(d -> d.startupProbe(Probes.sparkUi())));

    assertThat(driver(app).getStartupProbe().getFailureThreshold()).isEqualTo(30);
    assertThat(driver(app).getStartupProbe().getPeriodSeconds()).isEqualTo(10);
  }

  @Test
  void executorLivenessFollowsTheBlockManagerPortSetLaterInTheChain() {
    SparkApplication app = app(s -> s.executor(e -> e.instances(2).livenessProbe(Probes.blockManager()))
        .putSparkConf("spark.blockManager.port", "7100"));

    assertThat(executor(app).getLivenessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(7100);
    assertThat(app.spec().sparkConf()).containsExactly(Map.entry("spark.blockManager.port", "7100"));
    assertThat(app.spec().executor().orElseThrow().instances()).contains(2);
  }

  @Test
  void aRawProbeLandsAsWrittenInTheSparkContainer() {
    Probe mine = new ProbeBuilder().withNewExec().withCommand("true").endExec().withPeriodSeconds(7).build();

    SparkApplication app = app(s -> s
        .driver(d -> d.livenessProbe(mine).readinessProbe(mine).startupProbe(mine))
        .executor(e -> e.livenessProbe(mine)));

    assertThat(driver(app).getLivenessProbe()).isEqualTo(mine);
    assertThat(driver(app).getReadinessProbe()).isEqualTo(mine);
    assertThat(driver(app).getStartupProbe()).isEqualTo(mine);
    assertThat(executor(app).getLivenessProbe()).isEqualTo(mine);
    assertThat(app.spec().sparkConf()).isNull();
    assertThat(driver(app).getLivenessProbe()).isNotSameAs(mine);
  }

  @Test
  void putProbePresetsTakesTheKindAsAValue() {
    SparkApplication byKind = app(s -> s.driver(d -> d.putProbePresets(ProbeKind.STARTUP, Probes.sparkUi())));

    assertThat(byKind).isEqualTo(app(s -> s.driver(d -> d.startupProbe(Probes.sparkUi()))));
  }

  @Test
  void aLaterProbeOfTheSameKindReplacesTheEarlierOne() {
    SparkApplication app = app(s -> s.driver(d -> d.livenessProbe(Probes.sparkUi()).livenessProbe(Probes.driverRpc())));

    assertThat(driver(app).getLivenessProbe().getHttpGet()).isNull();
    assertThat(driver(app).getLivenessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(7078);
    assertThat(app.spec().sparkConf()).containsOnlyKeys("spark.driver.port");
  }

  @Test
  void theBuilderAndProbeSetGiveEqualApplications() {
    SparkApplication built = app(s -> s
        .driver(d -> d.memory("512m").startupProbe(Probes.sparkUi())
            .livenessProbe(Probes.logStaleness(Duration.ofMinutes(10))))
        .executor(e -> e.livenessProbe(Probes.blockManager())));

    SparkApplication attached = ProbeSet.none()
        .driver(d -> d.startupProbe(Probes.sparkUi()).livenessProbe(Probes.logStaleness(Duration.ofMinutes(10))))
        .executor(e -> e.livenessProbe(Probes.blockManager()))
        .applyTo(app(s -> s.driver(d -> d.memory("512m"))));

    assertThat(built).isEqualTo(attached);
    assertThat(built.companions()).isEqualTo(attached.companions()).hasSize(1);
  }

  @Test
  void buildingIsDeterministicAndAttachingAgainChangesNothing() {
    Consumer<SparkApplicationSpec.Builder> spec = s -> s
        .driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5))).startupProbe(Probes.sparkUi()))
        .executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5))));
    SparkApplication first = app(spec);

    assertThat(app(spec)).isEqualTo(first);
    assertThat(SparkApplication.builder().from(first).build()).isEqualTo(first);
    assertThat(ProbeSet.none().driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5)))).applyTo(first))
        .isEqualTo(first);
  }

  @Test
  void logStalenessWiresJavaOptionsAndNamesTheCompanionAfterTheApplication() {
    SparkApplication app = app(s -> s.driver(d -> d.javaOptions("-XX:+UseG1GC")
        .livenessProbe(Probes.logStaleness(Duration.ofMinutes(5)))));

    assertThat(app.spec().driver().orElseThrow().javaOptions())
        .contains("-XX:+UseG1GC -Dlog4j2.configurationFile=/opt/sparkapp/log4j2/log4j2-driver.properties");
    assertThat(app.companions()).singleElement().satisfies(c -> {
      assertThat(c.getMetadata().getName()).isEqualTo("pi-log4j2");
      assertThat(c.getMetadata().getNamespace()).isEqualTo("jobs");
      assertThat(c.getData()).containsOnlyKeys("log4j2-driver.properties");
    });
  }

  @Test
  void aPodSpecBuiltOnItsOwnKeepsWhatItRecorded() {
    DriverSpec driver = DriverSpec.builder().livenessProbe(Probes.sparkUi()).build();

    assertThat(driver.probePresets()).containsExactly(Map.entry(ProbeKind.LIVENESS, Probes.sparkUi()));
    assertThat(driver.template()).isEmpty();
    SparkApplication app = app(s -> s.driver(driver));
    assertThat(app.spec().driver().orElseThrow().probePresets()).isEmpty();
    assertThat(driver(app).getLivenessProbe()).isNotNull();
  }

  @Test
  void theTemplateOfAScheduledApplicationTakesProbesToo() {
    ScheduledSparkApplication nightly = ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly"))
        .spec(s -> s.schedule("0 2 * * *").template(t -> t.image("apache/spark:4.0.1")
            .driver(d -> d.startupProbe(Probes.sparkUi()))
            .executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5))))))
        .build();

    SparkApplicationSpec template = nightly.spec().template().orElseThrow();
    assertThat(spark(template.driver(), "spark-kubernetes-driver").getStartupProbe().getHttpGet().getPort().getIntVal())
        .isEqualTo(4040);
    assertThat(template.sparkConf()).containsEntry("spark.ui.port", "4040");
    assertThat(nightly.companions()).extracting(c -> c.getMetadata().getName()).containsExactly("nightly-log4j2");
    assertThat(nightly).isEqualTo(ProbeSet.none().driver(d -> d.startupProbe(Probes.sparkUi()))
        .executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5))))
        .applyTo(ScheduledSparkApplication.builder().metadata(m -> m.withName("nightly"))
            .spec(s -> s.schedule("0 2 * * *").template(t -> t.image("apache/spark:4.0.1"))).build()));
  }

  @Test
  void aPresetThatDoesNotFitFailsTheBuildWithThePath() {
    assertThatThrownBy(() -> app(s -> s.executor(e -> e.livenessProbe(Probes.sparkUi()))))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageStartingWith("spec.executor.template.spec.containers[spark-kubernetes-executor].livenessProbe: ");
  }

  @Test
  void anApplicationWithoutProbesHasNoCompanions() {
    assertThat(bare().companions()).isEmpty();
    assertThat(bare().spec().sparkConf()).isNull();
  }

  @Test
  void buildRefusesARecordedProbeThatIsNotAPresetOfProbesNamingWhereItWouldGo() {
    AttachableProbe foreign = () -> "mine";

    assertThatThrownBy(() -> app(s -> s.driver(d -> d.livenessProbe(foreign))))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spec.driver.template.spec.containers.livenessProbe")
        .hasMessageContaining("use a preset of Probes");
  }

  @Test
  void aProbeWrittenByHandIsRecordedAsTheCustomPreset() {
    Probe written = new ProbeBuilder().withNewTcpSocket().withNewPort(4040).endTcpSocket().build();

    DriverSpec recorded = DriverSpec.builder().livenessProbe(written).build();

    assertThat(recorded.probePresets()).containsOnlyKeys(ProbeKind.LIVENESS);
    assertThat(recorded.probePresets().get(ProbeKind.LIVENESS)).isEqualTo(Probes.custom(written));
  }
}
