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
    assertThat(run.out()).containsPattern("spark-pi +driver +spark-kubernetes-driver +liveness +31s +- +- +http GET :4040/api/v1/version");
    assertThat(run.out()).containsPattern("readiness +31s .*tcp :7078");
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
    assertThat(run.out()).containsPattern("pi +driverSpec +spark +startup +301s +- +300s +http GET :4040/api/v1/version");
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
