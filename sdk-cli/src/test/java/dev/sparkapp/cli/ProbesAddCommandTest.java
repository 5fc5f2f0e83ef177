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
  void keepsTheCommentsOfTheManifestWithTheirKeys() throws Exception {
    Path file = Files.writeString(dir.resolve("commented.yaml"), String.join("\n",
        "# owned by the data team",
        "apiVersion: sparkoperator.k8s.io/v1beta2",
        "kind: SparkApplication",
        "metadata:",
        "  name: pi # the app",
        "spec:",
        "  type: Scala",
        "  driver:",
        "    # one is enough",
        "    cores: 1",
        ""));

    CliRun run = CliRun.of("probes", "add", "--liveness", "tcp", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("# owned by the data team\napiVersion: sparkoperator.k8s.io/v1beta2\n")
        .contains("  name: pi # the app\n", "  driver:\n    # one is enough\n    cores: 1\n", "tcpSocket:");
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
}
