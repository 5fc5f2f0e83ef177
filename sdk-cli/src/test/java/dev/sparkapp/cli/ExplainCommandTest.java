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
  void reportsAMissingFileAsUsageError() {
    CliRun run = CliRun.of("explain", dir.resolve("nope.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope.yaml");
  }
}
