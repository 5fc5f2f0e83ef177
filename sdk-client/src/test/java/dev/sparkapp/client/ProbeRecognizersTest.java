package dev.sparkapp.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.probe.Probes;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProbeRecognizersTest {
  private static Optional<ProbeRecognizer> of(Probe probe) {
    return ProbeRecognizers.recognise(Optional.of(probe), "").recognizer();
  }

  @Test
  void recognisesEachPresetOnTheRolesItServes() {
    assertThat(of(Probes.sparkUi().toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER, Map.of())))
        .contains(ProbeRecognizers.SPARK_UI);
    assertThat(of(Probes.sparkUi().toProbe(ProbeKind.LIVENESS, SparkPod.MASTER, Map.of())))
        .contains(ProbeRecognizers.SPARK_UI);
    assertThat(of(Probes.logStaleness(Duration.ofMinutes(5)).toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER, Map.of())))
        .contains(ProbeRecognizers.LOG_STALENESS);
    assertThat(of(Probes.jobProgress(Duration.ofMinutes(15)).toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER, Map.of())))
        .contains(ProbeRecognizers.JOB_PROGRESS);
    Probe masterRpc = Probes.masterRpc().toProbe(ProbeKind.LIVENESS, SparkPod.MASTER, Map.of());
    assertThat(of(masterRpc)).contains(ProbeRecognizers.TCP);
    assertThat(ProbeRecognizers.recognise(Optional.of(masterRpc), "").name()).contains("7077");
  }

  @Test
  void aProbeOfOnesOwnIsCustom() {
    Probe mine = new ProbeBuilder().withNewHttpGet().withPath("/healthz").withNewPort(8080).endHttpGet().build();

    assertThat(of(mine)).isEmpty();
    assertThat(ProbeRecognizers.recognise(Optional.of(mine), "").name()).isEqualTo("custom");
  }

  @Test
  void aProbeOfOnesOwnWhoseQuoteIsATcpDialIsNamedPlainTcp() {
    Probe mine = new ProbeBuilder().withNewHttpGet().withPath("/healthz").withNewPort(8080).endHttpGet().build();

    ProbeRecognizers.Recognition recognition = ProbeRecognizers.recognise(Optional.of(mine),
        "dial tcp 10.1.2.3:8080: connect: connection refused");

    assertThat(recognition.recognizer()).contains(ProbeRecognizers.TCP);
    assertThat(recognition.name()).isEqualTo("tcp");
  }

  @Test
  void recognisesTheSparkUiFromTheKubeletsQuoteForADriverAndAStandaloneDaemon() {
    // kubelet's prober (pkg/probe/http) quotes the Go client's error: Get "URL": context deadline exceeded
    assertThat(ProbeRecognizers.recognise(Optional.empty(),
        "Liveness probe failed: Get \"http://10.1.2.3:8080/json/\": context deadline exceeded").recognizer())
        .contains(ProbeRecognizers.SPARK_UI);
    assertThat(ProbeRecognizers.recognise(Optional.empty(),
        "Liveness probe failed: Get \"http://10.1.2.3:4040/api/v1/version\": dial tcp 10.1.2.3:4040: connect: "
            + "connection refused").recognizer())
        .contains(ProbeRecognizers.SPARK_UI);
    assertThat(ProbeRecognizers.recognise(Optional.empty(),
        "Liveness probe failed: Get \"http://10.1.2.3:8080/healthz\": context deadline exceeded").recognizer())
        .isEmpty();
  }
}
