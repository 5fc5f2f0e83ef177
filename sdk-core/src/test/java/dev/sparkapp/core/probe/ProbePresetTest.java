package dev.sparkapp.core.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkPod;
import io.fabric8.kubernetes.api.model.Probe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProbePresetTest {
  @TempDir Path dir;

  @Test
  void livenessDefaultsTolerateLongGcPausesAndSlowStart() {
    Probe probe = Probes.sparkUi().toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER, Map.of());

    assertThat(probe.getInitialDelaySeconds()).isEqualTo(60);
    assertThat(probe.getPeriodSeconds()).isEqualTo(15);
    assertThat(probe.getTimeoutSeconds()).isEqualTo(10);
    assertThat(probe.getFailureThreshold()).isEqualTo(4);
    assertThat(probe.getSuccessThreshold()).isEqualTo(1);
    assertThat(ProbeTiming.of(ProbeKind.LIVENESS, probe).worstCaseDetection()).isEqualTo(Duration.ofSeconds(70));
  }

  @Test
  void startupDefaultsAllowFiveMinutes() {
    Probe probe = Probes.sparkUi().toProbe(ProbeKind.STARTUP, SparkPod.DRIVER, Map.of());

    assertThat(ProbeTiming.of(ProbeKind.STARTUP, probe).startupBudget()).isEqualTo(Duration.ofMinutes(5));
    assertThat(probe.getInitialDelaySeconds()).isZero();
  }

  @Test
  void readinessDefaultsReactWithinThirtyFiveSeconds() {
    Probe probe = Probes.driverRpc().toProbe(ProbeKind.READINESS, SparkPod.DRIVER, Map.of());

    assertThat(ProbeTiming.of(ProbeKind.READINESS, probe).worstCaseDetection()).isEqualTo(Duration.ofSeconds(35));
  }

  @Test
  void withMethodsOverrideTheDefaultsAndLeaveTheOriginalUnchanged() {
    ProbePreset original = Probes.sparkUi();
    ProbePreset changed = original.withInitialDelay(Duration.ofSeconds(5)).withPeriod(Duration.ofSeconds(7))
        .withTimeout(Duration.ofSeconds(3)).withFailureThreshold(2).withSuccessThreshold(2);

    Probe probe = changed.toProbe(ProbeKind.READINESS, SparkPod.DRIVER, Map.of());

    assertThat(List.of(probe.getInitialDelaySeconds(), probe.getPeriodSeconds(), probe.getTimeoutSeconds(),
        probe.getFailureThreshold(), probe.getSuccessThreshold())).containsExactly(5, 7, 3, 2, 2);
    assertThat(original).isNotEqualTo(changed).isEqualTo(Probes.sparkUi());
  }

  @Test
  void rejectsSuccessThresholdAboveOneForLivenessProbes() {
    ProbePreset preset = Probes.sparkUi().withSuccessThreshold(2);

    assertThatThrownBy(() -> preset.toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER, Map.of()))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("livenessProbe.successThreshold")
        .hasMessageContaining("requires successThreshold 1");
  }

  @Test
  void namesTheProbeOfTheSparkContainerInThePodsTemplateWhenRejecting() {
    ProbePreset preset = Probes.tcp(SparkPod.EXECUTOR).withSuccessThreshold(2);

    assertThatThrownBy(() -> preset.toProbe(ProbeKind.STARTUP, SparkPod.EXECUTOR, Map.of()))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spec.executor.template.spec.containers[spark-kubernetes-executor].startupProbe"
            + ".successThreshold");
  }

  @Test
  void rejectsSubSecondPeriods() {
    assertThatThrownBy(() -> Probes.sparkUi().withPeriod(Duration.ofMillis(500)))
        .isInstanceOf(ProbePresetException.class).hasMessageContaining("period");
  }

  @Test
  void logDirectoryAppliesOnlyToLogStaleness() {
    assertThatThrownBy(() -> Probes.sparkUi().withLogDirectory("/logs"))
        .isInstanceOf(ProbePresetException.class).hasMessageContaining("spark-ui");
  }

  @Test
  void rejectsLogDirectoriesThatWouldNeedShellQuoting() {
    assertThatThrownBy(() -> Probes.logStaleness(Duration.ofSeconds(5)).withLogDirectory("/tmp/x'; rm -rf /"))
        .isInstanceOf(ProbePresetException.class).hasMessageContaining("absolute path");
  }

  @Test
  void logStalenessCommandPassesForAFreshFile() throws Exception {
    Files.writeString(dir.resolve("spark.log"), "started\n");

    Result result = run(Probes.logStaleness(Duration.ofSeconds(30)).withLogDirectory(dir.toString()));

    assertThat(result.exit).isZero();
    assertThat(result.output).contains("written").contains("s ago");
  }

  @Test
  void logStalenessCommandFailsForAFileOlderThanMaxAge() throws Exception {
    Path log = Files.writeString(dir.resolve("spark.log"), "started\n");
    Files.setLastModifiedTime(log, FileTime.from(Instant.now().minusSeconds(120)));

    Result result = run(Probes.logStaleness(Duration.ofSeconds(30)).withLogDirectory(dir.toString()));

    assertThat(result.exit).isEqualTo(1);
    assertThat(result.output).contains("unchanged for").contains("(limit 30s)");
  }

  @Test
  void logStalenessCommandFailsCleanlyForAMissingFile() throws Exception {
    Result result = run(Probes.logStaleness(Duration.ofSeconds(30)).withLogDirectory(dir.toString()));

    assertThat(result.exit).isEqualTo(1);
    assertThat(result.output.trim()).isEqualTo("log file " + dir.resolve("spark.log") + " does not exist");
  }

  private record Result(int exit, String output) {}

  private static Result run(ProbePreset preset) throws IOException, InterruptedException {
    Probe probe = preset.toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER, Map.of());
    Process process = new ProcessBuilder(probe.getExec().getCommand()).redirectErrorStream(true).start();
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
