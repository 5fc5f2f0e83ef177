package dev.sparkapp.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ProbeKind;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

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
}
