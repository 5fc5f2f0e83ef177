package dev.sparkapp.core.probe;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkPod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JobProgressCheckTest {
  private static SparkApplication app() {
    return SparkApplication.builder().metadata(m -> m.withName("etl")).spec(s -> s.image("apache/spark:4.0.1")).build();
  }

  @Test
  void isABashExecProbeOfTheUiPortStallStateFileAndBudgetOneSecondUnderTheTimeout() {
    Probe probe = Probes.jobProgress(Duration.ofMinutes(15)).toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER,
        Map.of("spark.ui.port", "4050"));

    List<String> command = probe.getExec().getCommand();
    assertThat(command.subList(0, 2)).containsExactly("/bin/bash", "-c");
    assertThat(command.subList(3, 8)).containsExactly("bash", "4050", "900", "/opt/sparkapp/job-progress/state", "9");
    assertThat(probe.getTimeoutSeconds()).isEqualTo(10);
    assertThat(probe.getPeriodSeconds()).isEqualTo(15);
  }

  @Test
  void scriptNamesNoShellVariableThatEnvsubstOrTemplatesWouldReplace() {
    String script = JobProgressCheck.script();

    assertThat(Pattern.compile("\\$\\{?[A-Za-z_]").matcher(script).find()).as(script).isFalse();
    assertThat(script).doesNotContain("curl", "wget", "python", "jq ");
  }

  @Test
  void attachingPinsTheUiPortAndMountsAnEmptyDirForTheState() {
    SparkApplication probed = ProbeSet.none().driver(d -> d.livenessProbe(Probes.jobProgress(Duration.ofMinutes(10))))
        .applyTo(app());

    assertThat(probed.spec().sparkConf()).containsEntry("spark.ui.port", "4040");
    PodSpec pod = probed.spec().driver().orElseThrow().template().orElseThrow().getSpec();
    assertThat(pod.getVolumes()).singleElement().satisfies(v -> {
      assertThat(v.getName()).isEqualTo("sparkapp-job-progress");
      assertThat(v.getEmptyDir().getSizeLimit().toString()).isEqualTo("1Mi");
    });
    Container driver = pod.getContainers().get(0);
    assertThat(driver.getVolumeMounts()).singleElement().satisfies(m -> {
      assertThat(m.getName()).isEqualTo("sparkapp-job-progress");
      assertThat(m.getMountPath()).isEqualTo("/opt/sparkapp/job-progress");
    });
    assertThat(driver.getLivenessProbe().getExec().getCommand().get(6)).isEqualTo("/opt/sparkapp/job-progress/state");
    assertThat(probed.companions()).isEmpty();
  }

  @Test
  void attachingTwiceGivesTheSameManifest() {
    ProbeSet probes = ProbeSet.none().driver(d -> d.livenessProbe(Probes.jobProgress(Duration.ofMinutes(10))));
    SparkApplication once = probes.applyTo(app());

    assertThat(probes.applyTo(once)).isEqualTo(once);
  }

  @Test
  void stateDirectoryCanMoveAndTheMountFollows() {
    SparkApplication probed = ProbeSet.none()
        .driver(d -> d.livenessProbe(Probes.jobProgress(Duration.ofMinutes(10)).withStateDirectory("/scratch/probe/")))
        .applyTo(app());

    Container driver = probed.spec().driver().orElseThrow().template().orElseThrow().getSpec().getContainers().get(0);
    assertThat(driver.getVolumeMounts().get(0).getMountPath()).isEqualTo("/scratch/probe");
    assertThat(driver.getLivenessProbe().getExec().getCommand().get(6)).isEqualTo("/scratch/probe/state");
  }

  @Test
  void worksOnASparkConnectServer() {
    SparkConnect connect = SparkConnect.builder().metadata(m -> m.withName("connect"))
        .spec(s -> s.sparkVersion("4.0.1").image("apache/spark:4.0.1")
            .server(v -> v.livenessProbe(Probes.jobProgress(Duration.ofMinutes(5)))))
        .build();

    Container server = connect.spec().server().orElseThrow().template().orElseThrow().getSpec().getContainers().get(0);
    assertThat(server.getName()).isEqualTo("spark-kubernetes-driver");
    assertThat(server.getLivenessProbe().getExec().getCommand().get(5)).isEqualTo("300");
    assertThat(connect.spec().sparkConf()).containsEntry("spark.ui.port", "4040");
  }

  @Test
  void refusesReadinessAndStartup() {
    for (ProbeKind kind : List.of(ProbeKind.READINESS, ProbeKind.STARTUP)) {
      assertThatThrownBy(() -> ProbeSet.none().with(SparkPod.DRIVER, kind, Probes.jobProgress(Duration.ofMinutes(1)))
              .applyTo(app()))
          .isInstanceOf(ProbePresetException.class)
          .hasMessageContaining("spec.driver.template.spec.containers[spark-kubernetes-driver]." + kind.fieldName())
          .hasMessageContaining("liveness probe only");
    }
  }

  @Test
  void refusesExecutors() {
    assertThatThrownBy(() -> ProbeSet.none().executor(e -> e.livenessProbe(Probes.jobProgress(Duration.ofMinutes(1))))
            .applyTo(app()))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spec.executor.template.spec.containers[spark-kubernetes-executor].livenessProbe")
        .hasMessageContaining("executors serve no Spark UI");
  }

  @Test
  void refusesADisabledUi() {
    SparkApplication noUi = SparkApplication.builder().metadata(m -> m.withName("etl"))
        .spec(s -> s.image("i").sparkConf(Map.of("spark.ui.enabled", "false"))).build();

    assertThatThrownBy(() -> ProbeSet.none().driver(d -> d.livenessProbe(Probes.jobProgress(Duration.ofMinutes(1))))
            .applyTo(noUi))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spec.sparkConf[\"spark.ui.enabled\"]")
        .hasMessageContaining("the Spark UI is disabled, so the job-progress probe cannot read Spark's job status; "
            + "enable the UI (remove spark.ui.enabled=false) or use the tcp or log-staleness preset");
  }

  @Test
  void refusesAStallBelowTwiceTheDefaultHeartbeatIntervalBecauseTheStatusApiLagsByThatMuch() {
    assertThatThrownBy(() -> ProbeSet.none().driver(d -> d.livenessProbe(Probes.jobProgress(Duration.ofSeconds(19))))
            .applyTo(app()))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spec.driver.template.spec.containers[spark-kubernetes-driver].livenessProbe: ")
        .hasMessageContaining("a job-progress stall of 19s is below twice the 10s")
        .hasMessageContaining("spark.executor.heartbeatInterval, Spark's default")
        .hasMessageContaining("choose a stall of at least 20s");
    assertThat(Probes.jobProgress(Duration.ofSeconds(20)).toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER, Map.of())
        .getExec().getCommand().get(5)).isEqualTo("20");
  }

  @Test
  void aShorterHeartbeatIntervalInSparkConfAllowsAShorterStall() {
    SparkApplication fastHeartbeat = SparkApplication.builder().metadata(m -> m.withName("etl"))
        .spec(s -> s.image("i").sparkConf(Map.of("spark.executor.heartbeatInterval", "2s"))).build();

    SparkApplication probed = ProbeSet.none().driver(d -> d.livenessProbe(Probes.jobProgress(Duration.ofSeconds(8))))
        .applyTo(fastHeartbeat);

    assertThat(probed.spec().driver().orElseThrow().template().orElseThrow().getSpec().getContainers().get(0)
        .getLivenessProbe().getExec().getCommand().get(5)).isEqualTo("8");
    assertThatThrownBy(() -> Probes.jobProgress(Duration.ofSeconds(2)).toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER,
            Map.of("spark.executor.heartbeatInterval", "1500")))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("below twice the 1500ms")
        .hasMessageContaining("spark.executor.heartbeatInterval in spec.sparkConf")
        .hasMessageContaining("at least 3s");
  }

  @Test
  void aLongerMinimumFlushPeriodCountsAsTheLag() {
    assertThatThrownBy(() -> Probes.jobProgress(Duration.ofSeconds(60)).toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER,
            Map.of("spark.ui.liveUpdate.minFlushPeriod", "1min")))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("below twice the 60s")
        .hasMessageContaining("spark.ui.liveUpdate.minFlushPeriod in spec.sparkConf")
        .hasMessageContaining("at least 120s");
  }

  @Test
  void aHeartbeatIntervalThatIsNotADurationIsRefusedByItsPath() {
    assertThatThrownBy(() -> Probes.jobProgress(Duration.ofMinutes(15)).toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER,
            Map.of("spark.executor.heartbeatInterval", "ten seconds")))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spec.sparkConf[\"spark.executor.heartbeatInterval\"]")
        .hasMessageContaining("'ten seconds' is not a Spark duration");
  }

  @Test
  void refusesAStallThatIsNotWholePositiveSeconds() {
    assertThatThrownBy(() -> Probes.jobProgress(Duration.ZERO)).isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("stall must be a whole number of seconds");
    assertThatThrownBy(() -> Probes.jobProgress(Duration.ofMillis(1500))).isInstanceOf(ProbePresetException.class);
    assertThatThrownBy(() -> Probes.jobProgress(Duration.ofMinutes(1)).withStateDirectory("relative"))
        .isInstanceOf(ProbePresetException.class).hasMessageContaining("stateDirectory must be an absolute path");
    assertThatThrownBy(() -> Probes.sparkUi().withStateDirectory("/x")).isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("job-progress preset only");
  }

  @Test
  void isNamedJobProgressAndNeedsAStallByName() {
    assertThat(Probes.NAMES).contains("job-progress");
    assertThat(Probes.named("job-progress", SparkPod.DRIVER, null, Duration.ofSeconds(60)))
        .isEqualTo(Probes.jobProgress(Duration.ofSeconds(60)));
    assertThat(Probes.jobProgress(Duration.ofSeconds(60)).name()).isEqualTo("job-progress");
    assertThatThrownBy(() -> Probes.named("job-progress", SparkPod.DRIVER, Duration.ofSeconds(60)))
        .isInstanceOf(ProbePresetException.class).hasMessageContaining("needs a stall");
  }

  @Test
  void recognisesItsOwnProbeOnlyAndReadsTheStall() {
    Probe probe = Probes.jobProgress(Duration.ofSeconds(600)).toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER, Map.of());

    assertThat(JobProgressCheck.stallOf(probe)).contains(Duration.ofSeconds(600));
    assertThat(JobProgressCheck.stallOf(Probes.sparkUi().toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER, Map.of())))
        .isEmpty();
    assertThat(JobProgressCheck.stallOf(Probes.logStaleness(Duration.ofSeconds(600))
        .toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER, Map.of()))).isEmpty();
  }
}
