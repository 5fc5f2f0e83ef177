package dev.sparkapp.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;
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
  void shortensLongExecCommands() {
    SparkApplication app = ProbeSet.none().executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofMinutes(1))))
        .applyTo(SparkApplication.builder().metadata(m -> m.withName("pi")).spec(s -> s.image("i")).build());

    ExplainedProbe row = ExplainedProbe.allOf(app.spec(), FieldPath.of("spec", "template")).get(0);

    assertThat(row.check()).startsWith("exec /bin/sh -c [ -f \"$1\" ]").endsWith("…").hasSize(46);
    assertThat(row.path().toString()).startsWith("spec.template.executor.");
  }

  @Test
  void findsNothingWithoutTemplates() {
    SparkApplication app = SparkApplication.builder().metadata(m -> m.withName("pi"))
        .spec(s -> s.image("i").driver(d -> d.cores(1))).build();

    assertThat(ExplainedProbe.allOf(app.spec(), FieldPath.of("spec"))).isEmpty();
  }
}
