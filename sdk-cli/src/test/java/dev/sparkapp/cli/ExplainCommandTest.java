package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainCommandTest {
  @TempDir Path dir;

  @Test
  void printsATableRowPerProbeWithItsTiming() throws Exception {
    Path file = Files.copy(Path.of(System.getProperty("sparkapp.testdata"), "bench/spark-pi-with-probes.yaml"), dir.resolve("app.yaml"));

    CliRun run = CliRun.of("explain", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("HANG→ACT");
    // kubernetes defaults: 10 + 2*10 + 1
    assertThat(run.out()).containsPattern("spark-pi +driver +spark-kubernetes-driver +liveness +31s +0s +- +http GET :4040/api/v1/version");
    assertThat(run.out()).containsPattern("readiness +31s .*tcp :7078");
  }

  @Test
  void hangToActIncludesTheMaxAgeOfLogStalenessAndTheStallOfJobProgress() throws Exception {
    Path file = Files.copy(Path.of(System.getProperty("sparkapp.testdata"), "bench/spark-pi-with-probes.yaml"), dir.resolve("app.yaml"));
    CliRun added = CliRun.of("probes", "add", "--liveness", "job-progress", "--stall", "15m",
        "--executors", "log-staleness", "--max-age", "900", "--replace", "-w", file.toString());
    assertThat(added.exitCode()).as(added.err()).isZero();

    CliRun run = CliRun.of("explain", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    // job progress: stall 900 + period 15, then 15 + 3*15 + 10
    assertThat(run.out()).containsPattern("driver +spark-kubernetes-driver +liveness +985s +60s +- +exec job-progress \\(stall 15m\\)");
    // log staleness: maxAge 900 + 1, then 15 + 3*15 + 10
    assertThat(run.out()).containsPattern("executor +spark-kubernetes-executor +liveness +971s +60s +- +exec log-staleness \\(max age 15m\\)");
    // a readiness probe's READY is its earliest first pass too: 0s, not "-"
    assertThat(run.out()).containsPattern("readiness +31s +0s +- +tcp :7078");
  }

  @Test
  void showsTheApacheOperatorsDriverTimeoutsNextToTheProbes() throws Exception {
    Path file = Files.writeString(dir.resolve("pi.yaml"), """
        apiVersion: spark.apache.org/v1
        kind: SparkApplication
        metadata: {name: pi}
        spec:
          runtimeVersions: {sparkVersion: 4.0.1}
          mainClass: org.apache.spark.examples.SparkPi
          jars: local:///opt/spark/examples/jars/spark-examples.jar
          applicationTolerations:
            applicationTimeoutConfig: {driverReadyTimeoutMillis: 120000}
          driverSpec:
            podTemplateSpec:
              spec:
                containers:
                - name: spark
                  startupProbe:
                    httpGet: {path: /api/v1/version, port: 4040}
                    failureThreshold: 30
                    periodSeconds: 10
        """);

    CliRun run = CliRun.of("explain", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("pi +driverSpec +spark +startup +301s +0s +300s +http GET :4040/api/v1/version");
    assertThat(run.out()).contains("pi                       budget    driverStartTimeoutMillis 300s: driver requested -> "
        + "Spark's container ready (startup and readiness probes), else DriverStartTimedOut");
    assertThat(run.out()).contains("pi                       budget    driverReadyTimeoutMillis 120s: DriverStarted -> "
        + "driver pod Ready, else DriverReadyTimedOut");
  }

  @Test
  void reportsAMissingFileAsUsageError() {
    CliRun run = CliRun.of("explain", dir.resolve("nope.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope.yaml");
  }
}
