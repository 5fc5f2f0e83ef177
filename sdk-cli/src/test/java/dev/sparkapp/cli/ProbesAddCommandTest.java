package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbesAddCommandTest {
  @TempDir Path dir;

  private Path manifest() throws Exception {
    return Files.writeString(dir.resolve("app.yaml"), String.join("\n",
        "apiVersion: sparkoperator.k8s.io/v1beta2",
        "kind: SparkApplication",
        "metadata:",
        "  name: pi",
        "spec:",
        "  type: Scala",
        "  image: apache/spark:4.0.1",
        "  sparkConf:",
        "    spark.ui.port: \"4141\"",
        "  driver:",
        "    cores: 1",
        ""));
  }

  @Test
  void addsPresetsAndKeepsTheRestOfTheManifest() throws Exception {
    CliRun run = CliRun.of("probes", "add", "--liveness", "spark-ui", "--readiness", "tcp",
        "--executors", "log-staleness", manifest().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("name: spark-kubernetes-driver", "path: /api/v1/version", "port: 4141",
        "port: 7078", "cores: 1", "name: spark-kubernetes-executor", "kind: ConfigMap", "name: pi-log4j2");
  }

  @Test
  void rewritesTheFileInPlaceWithWrite() throws Exception {
    Path file = manifest();

    CliRun run = CliRun.of("probes", "add", "--startup", "spark-ui", "-w", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file)).contains("startupProbe:", "failureThreshold: 30");
  }

  @Test
  void reportsAPresetThatDoesNotFitWithItsPath() throws Exception {
    Path file = Files.writeString(dir.resolve("noui.yaml"), Files.readString(manifest())
        .replace("spark.ui.port: \"4141\"", "spark.ui.enabled: \"false\""));

    CliRun run = CliRun.of("probes", "add", "--liveness", "spark-ui", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("noui.yaml:").contains("spec.sparkConf[\"spark.ui.enabled\"]: the Spark UI is disabled");
  }

  @Test
  void rejectsAnUnknownPreset() throws Exception {
    CliRun run = CliRun.of("probes", "add", "--liveness", "magic", manifest().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--liveness: no probe preset is named 'magic'; use one of spark-ui, log-staleness, tcp");
  }

  @Test
  void addsJobProgressWithItsStallAndStateVolume() throws Exception {
    CliRun run = CliRun.of("probes", "add", "--liveness", "job-progress", "--stall", "15m", manifest().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("livenessProbe:", "- /bin/bash", "- \"4141\"", "- \"900\"",
        "- /opt/sparkapp/job-progress/state", "name: sparkapp-job-progress", "mountPath: /opt/sparkapp/job-progress");
    assertThat(run.out()).doesNotContain("kind: ConfigMap");
  }

  @Test
  void refusesJobProgressAsAReadinessProbe() throws Exception {
    CliRun run = CliRun.of("probes", "add", "--readiness", "job-progress", manifest().toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("readinessProbe: the job-progress preset is a liveness probe only");
  }

  @Test
  void rejectsAStallThatIsNotADuration() throws Exception {
    CliRun run = CliRun.of("probes", "add", "--liveness", "job-progress", "--stall", "soon", manifest().toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'soon' is not a duration");
  }
}
