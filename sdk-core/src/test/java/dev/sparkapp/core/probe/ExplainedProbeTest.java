package dev.sparkapp.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainedProbeTest {
  @Test
  void listsEveryProbeWithItsPathCheckAndTiming() {
    SparkApplication app = ProbeSet.none()
        .driver(d -> d.livenessProbe(Probes.sparkUi()).startupProbe(Probes.sparkUi()))
        .executor(e -> e.readinessProbe(Probes.blockManager()))
        .applyTo(SparkApplication.builder().metadata(m -> m.withName("pi")).spec(s -> s.image("i")).build());

    List<ExplainedProbe> rows = ExplainedProbe.allOf(app.spec(), FieldPath.of("spec"));

    assertThat(rows).extracting(ExplainedProbe::kind)
        .containsExactly(ProbeKind.LIVENESS, ProbeKind.STARTUP, ProbeKind.READINESS);
    ExplainedProbe liveness = rows.get(0);
    assertThat(liveness.pod()).isEqualTo(SparkPod.DRIVER);
    assertThat(liveness.container()).isEqualTo("spark-kubernetes-driver");
    assertThat(liveness.check()).isEqualTo("http GET :4040/api/v1/version");
    assertThat(liveness.path()).hasToString("spec.driver.template.spec.containers[spark-kubernetes-driver].livenessProbe");
    assertThat(liveness.timing().worstCaseDetection()).isEqualTo(Duration.ofSeconds(70));
    assertThat(rows.get(1).timing().startupBudget()).isEqualTo(Duration.ofSeconds(300));
    assertThat(rows.get(2).check()).isEqualTo("tcp :7079");
  }

  @Test
  void shortensLongExecCommandsWrittenByHand() {
    Probe script = new ProbeBuilder().withNewExec().withCommand("/bin/sh", "-c",
        "test -f /tmp/healthy && grep -q ok /tmp/healthy && echo fine || exit 1").endExec().build();
    SparkApplication app = ProbeSet.none().executor(e -> e.livenessProbe(Probes.custom(script)))
        .applyTo(SparkApplication.builder().metadata(m -> m.withName("pi")).spec(s -> s.image("i")).build());

    ExplainedProbe row = ExplainedProbe.allOf(app.spec(), FieldPath.of("spec", "template")).get(0);

    assertThat(row.check()).as("the first 40 characters").isEqualTo("exec /bin/sh -c test -f /tmp/healthy && grep …");
    assertThat(row.path().toString()).startsWith("spec.template.executor.");
  }

  @Test
  void showsTheExecPresetsByNameAndLimitInsteadOfTheirScripts() {
    SparkApplication app = ProbeSet.none()
        .driver(d -> d.livenessProbe(Probes.jobProgress(Duration.ofMinutes(15))))
        .executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofSeconds(90))))
        .applyTo(SparkApplication.builder().metadata(m -> m.withName("pi")).spec(s -> s.image("i")).build());

    List<ExplainedProbe> rows = ExplainedProbe.allOf(app.spec(), FieldPath.of("spec"));

    assertThat(rows).extracting(ExplainedProbe::check)
        .containsExactly("exec job-progress (stall 15m)", "exec log-staleness (max age 90s)");
  }

  @Test
  void listsAClustersMasterAndWorkerProbesAtTheirStatefulSetTemplates() {
    ApacheSparkCluster cluster = ApacheSparkCluster.builder().metadata(m -> m.withName("c"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1"))
            .clusterTolerations(t -> t.instanceConfig(i -> i.initWorkers(1).minWorkers(1).maxWorkers(1)))
            .masterSpec(m -> m.livenessProbe(Probes.sparkUi()).readinessProbe(Probes.masterRpc()))
            .workerSpec(w -> w.livenessProbe(Probes.sparkUi())))
        .build();

    List<ExplainedProbe> rows = ExplainedProbe.allOf(cluster);

    assertThat(rows).extracting(ExplainedProbe::pod).containsExactly(SparkPod.MASTER, SparkPod.MASTER, SparkPod.WORKER);
    assertThat(rows).extracting(ExplainedProbe::check)
        .containsExactly("http GET :8080/json/", "tcp :7077", "http GET :8081/json/");
    assertThat(rows.get(2).path())
        .hasToString("spec.workerSpec.statefulSetSpec.template.spec.containers[worker].livenessProbe");
    assertThat(rows.get(0).podField()).isEqualTo("masterSpec");
  }

  @Test
  void findsNothingWithoutTemplates() {
    SparkApplication app = SparkApplication.builder().metadata(m -> m.withName("pi"))
        .spec(s -> s.image("i").driver(d -> d.cores(1))).build();

    assertThat(ExplainedProbe.allOf(app.spec(), FieldPath.of("spec"))).isEmpty();
  }
}
