package dev.sparkapp.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkPod;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Probes#recognize}: every preset's probe is recognised by name with its parameters; others are not. */
class RecognizedPresetTest {
  private static Probe probe(ProbePreset preset, SparkPod pod, Map<String, String> conf) {
    return preset.toProbe(ProbeKind.LIVENESS, pod, conf);
  }

  @Test
  void everyPresetIsRecognisedByNameWithItsParameters() {
    Map<String, String> conf = Map.of();
    assertThat(Probes.recognize(probe(Probes.sparkUi(), SparkPod.DRIVER, Map.of("spark.ui.port", "4041"))))
        .hasValueSatisfying(r -> {
          assertThat(r.name()).isEqualTo("spark-ui");
          assertThat(r.port()).hasValue(4041);
          assertThat(r.describe()).isEqualTo("spark-ui (port 4041)");
        });
    assertThat(Probes.recognize(probe(Probes.sparkUi(), SparkPod.MASTER, conf)).map(RecognizedPreset::describe))
        .contains("spark-ui (port 8080)");
    assertThat(Probes.recognize(probe(Probes.logStaleness(Duration.ofMinutes(10)), SparkPod.EXECUTOR, conf)))
        .hasValueSatisfying(r -> {
          assertThat(r.name()).isEqualTo("log-staleness");
          assertThat(r.maxAge()).contains(Duration.ofMinutes(10));
          assertThat(r.describe()).isEqualTo("log-staleness (max age 10m)");
        });
    assertThat(Probes.recognize(probe(Probes.jobProgress(Duration.ofHours(1)), SparkPod.DRIVER, conf)))
        .hasValueSatisfying(r -> {
          assertThat(r.stall()).contains(Duration.ofHours(1));
          assertThat(r.describe()).isEqualTo("job-progress (stall 1h)");
        });
    assertThat(List.of(
        probe(Probes.driverRpc(), SparkPod.DRIVER, conf), probe(Probes.blockManager(), SparkPod.EXECUTOR, conf),
        probe(Probes.connectGrpc(), SparkPod.DRIVER, conf), probe(Probes.masterRpc(), SparkPod.MASTER, conf)))
        .extracting(p -> Probes.recognize(p).orElseThrow().describe())
        .containsExactly("tcp (driver-rpc, port 7078)", "tcp (block-manager, port 7079)",
            "tcp (connect-grpc, port 15002)", "tcp (master-rpc, port 7077)");
  }

  @Test
  void aTcpProbeOnAnotherPortIsATcpPresetByPort() {
    Probe moved = probe(Probes.driverRpc(), SparkPod.DRIVER, Map.of("spark.driver.port", "7100"));

    assertThat(Probes.recognize(moved)).hasValueSatisfying(r -> {
      assertThat(r.isTcp()).isTrue();
      assertThat(r.name()).isEqualTo("tcp");
      assertThat(r.describe()).isEqualTo("tcp (port 7100)");
    });
  }

  @Test
  void probesWrittenByHandAreNotPresets() {
    Probe otherPath = new ProbeBuilder().withNewHttpGet().withPath("/healthz").withPort(new IntOrString(8080))
        .endHttpGet().build();
    Probe otherScript = new ProbeBuilder().withNewExec().withCommand("/bin/sh", "-c", "true", "sh", "x", "60")
        .endExec().build();
    Probe grpc = new ProbeBuilder().withNewGrpc().withPort(15002).endGrpc().build();

    assertThat(Probes.recognize(otherPath)).isEqualTo(Optional.empty());
    assertThat(Probes.recognize(otherScript)).isEmpty();
    assertThat(Probes.recognize(grpc)).isEmpty();
    assertThat(Probes.recognize(new Probe())).isEmpty();
  }
}
