package dev.sparkapp.core.probe;

import dev.sparkapp.core.SparkPod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ProbeKind;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbeTimingTest {
  @Test
  void usesKubernetesDefaultsForUnsetFields() {
    ProbeTiming timing = ProbeTiming.of(ProbeKind.LIVENESS, new Probe());

    // period 10, timeout 1, failure 3: 10 + 2*10 + 1
    assertThat(timing.worstCaseDetection()).isEqualTo(Duration.ofSeconds(31));
    assertThat(timing.timeToFirstSuccess()).isEqualTo(Duration.ZERO);
    assertThat(timing.startupBudget()).isEqualTo(Duration.ZERO);
  }

  @Test
  void worstCaseDetectionIsPeriodPlusFurtherFailuresPlusTimeout() {
    Probe probe = new ProbeBuilder().withPeriodSeconds(15).withTimeoutSeconds(10).withFailureThreshold(4).build();

    assertThat(ProbeTiming.of(ProbeKind.LIVENESS, probe).worstCaseDetection()).isEqualTo(Duration.ofSeconds(70));
  }

  @Test
  void timeoutLongerThanPeriodStretchesTheIntervalBetweenFailingProbes() {
    Probe probe = new ProbeBuilder().withPeriodSeconds(5).withTimeoutSeconds(8).withFailureThreshold(3).build();

    // 5 + 2*max(5, 8) + 8
    assertThat(ProbeTiming.of(probe).worstCaseDetection()).isEqualTo(Duration.ofSeconds(29));
  }

  @Test
  void timeToFirstSuccessAddsInitialDelayAndExtraSuccesses() {
    Probe probe = new ProbeBuilder().withInitialDelaySeconds(20).withPeriodSeconds(5).withSuccessThreshold(3).build();

    assertThat(ProbeTiming.of(ProbeKind.READINESS, probe).timeToFirstSuccess()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void startupBudgetIsInitialDelayPlusFailuresTimesPeriodForStartupProbes() {
    Probe probe = new ProbeBuilder().withInitialDelaySeconds(5).withPeriodSeconds(10).withFailureThreshold(30).build();

    assertThat(ProbeTiming.of(ProbeKind.STARTUP, probe).startupBudget()).isEqualTo(Duration.ofSeconds(305));
    assertThat(ProbeTiming.of(probe).startupBudget()).isEqualTo(Duration.ofSeconds(305));
  }

  @Test
  void startupBudgetIsZeroForLivenessAndReadiness() {
    Probe probe = new ProbeBuilder().withPeriodSeconds(10).withFailureThreshold(30).build();

    assertThat(ProbeTiming.of(ProbeKind.LIVENESS, probe).startupBudget()).isZero();
    assertThat(ProbeTiming.of(ProbeKind.READINESS, probe).startupBudget()).isZero();
  }

  @Test
  void zeroPeriodMeansTheKubernetesDefaultAsTheApiServerDefaultsIt() {
    Probe zero = new ProbeBuilder().withPeriodSeconds(0).withTimeoutSeconds(0).build();

    assertThat(ProbeTiming.of(zero)).isEqualTo(ProbeTiming.of(new Probe()));
  }

  @Test
  void exposesTheEffectiveSettingsWithDefaultsApplied() {
    ProbeTiming timing = ProbeTiming.of(new ProbeBuilder().withPeriodSeconds(4).withSuccessThreshold(2).build());

    assertThat(timing.initialDelay()).isZero();
    assertThat(timing.period()).isEqualTo(Duration.ofSeconds(4));
    assertThat(timing.timeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(timing.failureThreshold()).isEqualTo(3);
    assertThat(timing.successThreshold()).isEqualTo(2);
  }

  /**
   * Every preset as every kind of probe it serves, default timing, with the worst case worked out by hand:
   * liveness p15 t10 f4 gives 15 + 3·15 + 10 = 70, readiness p10 t5 f3 gives 10 + 2·10 + 5 = 35, startup
   * p10 t5 f30 gives 10 + 29·10 + 5 = 305; log staleness adds maxAge + 1 (900 + 1), job progress adds
   * stall + period (900 + 15).
   */
  @ParameterizedTest(name = "{0} as {1} {2}: {3}s")
  @CsvSource({
      "spark-ui, DRIVER, LIVENESS, 70, 0",
      "spark-ui, DRIVER, READINESS, 35, 0",
      "spark-ui, DRIVER, STARTUP, 305, 0",
      "driver-rpc, DRIVER, LIVENESS, 70, 0",
      "driver-rpc, DRIVER, READINESS, 35, 0",
      "driver-rpc, DRIVER, STARTUP, 305, 0",
      "tcp, EXECUTOR, LIVENESS, 70, 0",
      "block-manager, EXECUTOR, LIVENESS, 70, 0",
      "block-manager, EXECUTOR, READINESS, 35, 0",
      "block-manager, EXECUTOR, STARTUP, 305, 0",
      "block-manager, DRIVER, LIVENESS, 70, 0",
      "connect-grpc, DRIVER, LIVENESS, 70, 0",
      "connect-grpc, DRIVER, READINESS, 35, 0",
      "connect-grpc, DRIVER, STARTUP, 305, 0",
      "log-staleness, DRIVER, LIVENESS, 971, 901",
      "log-staleness, DRIVER, READINESS, 936, 901",
      "log-staleness, DRIVER, STARTUP, 1206, 901",
      "log-staleness, EXECUTOR, LIVENESS, 971, 901",
      "log-staleness, EXECUTOR, READINESS, 936, 901",
      "log-staleness, EXECUTOR, STARTUP, 1206, 901",
      "job-progress, DRIVER, LIVENESS, 985, 915",
  })
  void worstCaseDetectionOfEveryPresetAsEveryKindIncludesItsAllowance(String name, SparkPod pod, ProbeKind kind,
      long worstCase, long allowance) {
    ProbePreset preset = Probes.named(name, pod, Duration.ofSeconds(900), Duration.ofSeconds(900));

    ProbeTiming timing = ProbeTiming.of(kind, preset.toProbe(kind, pod, Map.of()));

    assertThat(timing.allowance()).isEqualTo(Duration.ofSeconds(allowance));
    assertThat(timing.worstCaseDetection()).isEqualTo(Duration.ofSeconds(worstCase));
  }

  @Test
  void jobProgressAllowanceFollowsItsOwnPeriodAndStall() {
    Probe probe = Probes.jobProgress(Duration.ofSeconds(8)).withPeriod(Duration.ofSeconds(2))
        .withTimeout(Duration.ofSeconds(6)).withFailureThreshold(3).toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER,
            Map.of("spark.executor.heartbeatInterval", "2s"));

    // allowance 8 + 2; then 2 + 2·max(2, 6) + 6
    assertThat(ProbeTiming.of(ProbeKind.LIVENESS, probe).worstCaseDetection()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void anEditedCommandIsNotTakenForAPreset() {
    Probe preset = Probes.logStaleness(Duration.ofSeconds(900)).toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER, Map.of());
    Probe edited = new ProbeBuilder(preset).editExec().withCommand("/bin/sh", "-c", "test -f /tmp/x", "sh",
        "/var/log/spark/spark.log", "900").endExec().build();

    assertThat(ProbeTiming.of(ProbeKind.LIVENESS, edited).allowance()).isZero();
    assertThat(ProbeTiming.of(ProbeKind.LIVENESS, edited).worstCaseDetection()).isEqualTo(Duration.ofSeconds(70));
  }
}
