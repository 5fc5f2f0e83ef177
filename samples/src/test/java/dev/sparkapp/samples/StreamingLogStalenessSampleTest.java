package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.probe.ProbeTiming;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Probe;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StreamingLogStalenessSampleTest {
  private final SparkApplication app = new StreamingLogStalenessSample().application();

  @Test
  void executorsAreRestartedWhenTheirLogGoesStale() {
    Probe liveness = SparkContainers.of(app, SparkPod.EXECUTOR).orElseThrow().getLivenessProbe();
    assertThat(liveness.getExec().getCommand()).startsWith("/bin/sh", "-c")
        .contains(String.valueOf(StreamingLogStalenessSample.MAX_LOG_AGE.toSeconds()));
    assertThat(app.spec().restartPolicy().orElseThrow().type()).contains(RestartPolicyType.ALWAYS);
  }

  @Test
  void driverIsRestartedWhenAMicroBatchStopsProgressingAfterItsUiServes() {
    Probe liveness = SparkContainers.of(app, SparkPod.DRIVER).orElseThrow().getLivenessProbe();
    Probe startup = SparkContainers.of(app, SparkPod.DRIVER).orElseThrow().getStartupProbe();

    assertThat(liveness.getExec().getCommand()).startsWith("/bin/bash", "-c")
        .contains(String.valueOf(StreamingLogStalenessSample.STALL.toSeconds()));
    assertThat(startup.getHttpGet().getPath()).isEqualTo("/api/v1/version");
    // HANG→ACT: stall 900 + period 15, then 15 + 3*15 + 10
    assertThat(ProbeTiming.of(ProbeKind.LIVENESS, liveness).worstCaseDetection()).isEqualTo(Duration.ofSeconds(985));
  }

  @Test
  void writesTheApplicationThenItsCompanionConfigMap() {
    assertThat(app.companions()).singleElement()
        .satisfies(c -> assertThat(c.getMetadata().getName()).isEqualTo("clickstream-sessions-log4j2"));
    String yaml = SparkYaml.strict().toYaml(app);
    assertThat(SparkYaml.strict().read(yaml).resources()).hasSize(2);
    assertThat(SparkYaml.strict().read(yaml).resourcesOf(ConfigMap.class)).isEqualTo(app.companions());
    assertThat(SparkYaml.strict().read(yaml).resourcesOf(SparkApplication.class)).containsExactly(app);
  }
}
