package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
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

  private Path probed() throws Exception {
    return Files.writeString(dir.resolve("probed.yaml"), Files.readString(manifest()).replace("    cores: 1\n",
        String.join("\n",
            "    cores: 1",
            "    template:",
            "      spec:",
            "        containers:",
            "        - name: spark-kubernetes-driver",
            "          livenessProbe:",
            "            httpGet:",
            "              path: /api/v1/version",
            "              port: 4141",
            "            periodSeconds: 10",
            "")));
  }

  @Test
  void refusesToReplaceAProbeWithoutReplaceAndSaysWhichAndWhere() throws Exception {
    Path file = probed();
    String before = Files.readString(file);

    CliRun run = CliRun.of("probes", "add", "--liveness", "tcp", "-w", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    // FILE:LINE:COL (where sdk-yaml places the path), the probe's path, what it is and what it would become.
    assertThat(run.err()).containsPattern(Pattern.quote(file.toString()) + ":\\d+:\\d+: "
        + Pattern.quote("spec.driver.template.spec.containers[spark-kubernetes-driver].livenessProbe: "
        + "httpGet :4141 /api/v1/version every 10s -> tcpSocket :7078 every 15s"))
        .contains("1 probe is already set").contains("add --replace to replace it");
    assertThat(Files.readString(file)).isEqualTo(before);
  }

  @Test
  void replacesAProbeWithReplaceAndSaysWhatWasReplaced() throws Exception {
    Path file = probed();

    CliRun run = CliRun.of("probes", "add", "--liveness", "tcp", "--replace", "-w", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).startsWith("sparkapp probes add: replaced " + file + ":")
        .contains(": spec.driver.template.spec.containers[spark-kubernetes-driver].livenessProbe: "
        + "httpGet :4141 /api/v1/version every 10s -> tcpSocket :7078 every 15s");
    assertThat(Files.readString(file)).contains("tcpSocket:").doesNotContain("/api/v1/version");
  }

  @Test
  void addingTheSamePresetAgainChangesNothingAndSaysNothing() throws Exception {
    Path file = manifest();
    assertThat(CliRun.of("probes", "add", "--liveness", "spark-ui", "-w", file.toString()).exitCode()).isZero();
    String once = Files.readString(file);

    CliRun again = CliRun.of("probes", "add", "--liveness", "spark-ui", "-w", file.toString());

    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(once);
  }

  @Test
  void helpWrapsTheDescriptionInParagraphsWithinEightyColumns() {
    CliRun run = CliRun.of("probes", "add", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(run.out()).contains(String.join(System.lineSeparator(),
        "Attach probe presets to the driver and executor pods of every application, to",
        "the server and executor pods of every SparkConnect, and (--master, --workers)",
        "to the master and worker pods of every SparkCluster, in FILE.",
        "Prints the manifest (or rewrites FILE with -w), each resource followed by any",
        "ConfigMap its presets need. A probe the manifest already has is replaced only"));
  }

  @Test
  void aPresetWithACompanionOnTheExecutorsLeavesTheDriversProbesAloneAndSaysNothing() throws Exception {
    Path file = probed();

    CliRun run = CliRun.of("probes", "add", "--executors", "log-staleness", "--max-age", "900", "-w", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(file)).contains("port: 4141").contains("kind: ConfigMap");
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

  private Path cluster() throws Exception {
    return Files.writeString(dir.resolve("cluster.yaml"), String.join("\n",
        "apiVersion: spark.apache.org/v1",
        "kind: SparkCluster",
        "metadata:",
        "  name: prod",
        "spec:",
        "  runtimeVersions:",
        "    sparkVersion: \"4.0.1\"",
        "  clusterTolerations:",
        "    instanceConfig:",
        "      initWorkers: 1",
        "      minWorkers: 1",
        "      maxWorkers: 1",
        "  sparkConf:",
        "    spark.kubernetes.container.image: \"apache/spark:{{SPARK_VERSION}}\"",
        ""));
  }

  @Test
  void addsMasterAndWorkerPresetsToASparkCluster() throws Exception {
    CliRun run = CliRun.of("probes", "add", "--master", "tcp", "--workers", "spark-ui", cluster().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("name: master", "port: 7077", "name: worker", "path: /json/", "port: 8081",
        "apache/spark:{{SPARK_VERSION}}");
  }

  @Test
  void refusesDriverPresetsForAClusterAndAPresetThatDoesNotFitAWorker() throws Exception {
    CliRun driver = CliRun.of("probes", "add", "--liveness", "spark-ui", cluster().toString());
    CliRun worker = CliRun.of("probes", "add", "--workers", "job-progress", cluster().toString());

    assertThat(driver.exitCode()).isEqualTo(1);
    assertThat(driver.err()).contains("cluster.yaml:").contains("a SparkCluster has no [driver] pod");
    assertThat(worker.exitCode()).isEqualTo(1);
    assertThat(worker.err()).contains("spec.workerSpec.statefulSetSpec.template.spec.containers[worker].livenessProbe")
        .contains("use spark-ui");
  }
}
