package dev.sparkapp.core.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkPod;
import io.fabric8.kubernetes.api.model.Probe;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbesTest {
  @Test
  void sparkUiProbesTheVersionEndpointOnTheDefaultUiPort() {
    Probe probe = Probes.sparkUi().toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER, Map.of());

    assertThat(probe.getHttpGet().getPath()).isEqualTo("/api/v1/version");
    assertThat(probe.getHttpGet().getPort().getIntVal()).isEqualTo(4040);
  }

  @Test
  void sparkUiFollowsACustomUiPort() {
    Probe probe = Probes.sparkUi().toProbe(ProbeKind.READINESS, SparkPod.DRIVER, Map.of("spark.ui.port", "4050"));

    assertThat(probe.getHttpGet().getPort().getIntVal()).isEqualTo(4050);
  }

  @Test
  void rejectsSparkUiOnExecutors() {
    assertThatThrownBy(() -> Probes.sparkUi().toProbe(ProbeKind.LIVENESS, SparkPod.EXECUTOR, Map.of()))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spec.executor.template.spec.containers[spark-kubernetes-executor].livenessProbe")
        .hasMessageContaining("executors serve no Spark UI");
  }

  @Test
  void rejectsSparkUiWhenTheUiIsDisabled() {
    assertThatThrownBy(() -> Probes.sparkUi().toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER,
            Map.of("spark.ui.enabled", "false")))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spec.sparkConf[\"spark.ui.enabled\"]")
        .hasMessageContaining("the Spark UI is disabled, so nothing answers the spark-ui probe; enable the UI "
            + "(remove spark.ui.enabled=false) or use the tcp or log-staleness preset");
  }

  @Test
  void rejectsARandomPortThatNoProbeCanFollow() {
    assertThatThrownBy(() -> Probes.driverRpc().toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER,
            Map.of("spark.driver.port", "0")))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spec.sparkConf[\"spark.driver.port\"]")
        .hasMessageContaining("random port");
  }

  @Test
  void rejectsAPortThatIsNotANumber() {
    assertThatThrownBy(() -> Probes.blockManager().toProbe(ProbeKind.LIVENESS, SparkPod.EXECUTOR,
            Map.of("spark.blockManager.port", "seventy")))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("'seventy' is not a port number");
  }

  @Test
  void tcpPresetUsesDriverRpcPortOnDriverAndBlockManagerPortOnExecutors() {
    assertThat(Probes.tcp(SparkPod.DRIVER).toProbe(ProbeKind.READINESS, SparkPod.DRIVER, Map.of())
        .getTcpSocket().getPort().getIntVal()).isEqualTo(7078);
    assertThat(Probes.tcp(SparkPod.EXECUTOR).toProbe(ProbeKind.READINESS, SparkPod.EXECUTOR, Map.of())
        .getTcpSocket().getPort().getIntVal()).isEqualTo(7079);
  }

  @Test
  void driverBlockManagerPortWinsOverTheSharedOneOnTheDriver() {
    Probe probe = Probes.blockManager().toProbe(ProbeKind.LIVENESS, SparkPod.DRIVER,
        Map.of("spark.blockManager.port", "7100", "spark.driver.blockManager.port", "7200"));

    assertThat(probe.getTcpSocket().getPort().getIntVal()).isEqualTo(7200);
  }

  @Test
  void rejectsDriverRpcOnExecutors() {
    assertThatThrownBy(() -> Probes.driverRpc().toProbe(ProbeKind.LIVENESS, SparkPod.EXECUTOR, Map.of()))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("Probes.blockManager()");
  }

  @Test
  void logStalenessRunsAShellScriptOnTheLogFile() {
    Probe probe = Probes.logStaleness(Duration.ofMinutes(10)).toProbe(ProbeKind.LIVENESS, SparkPod.EXECUTOR, Map.of());

    assertThat(probe.getExec().getCommand()).hasSize(6).startsWith("/bin/sh", "-c")
        .endsWith("sh", "/var/log/spark/spark.log", "600");
    assertThat(probe.getExec().getCommand().get(2)).contains("stat -c %Y \"$1\"", "date +%s", "-le \"$2\"");
  }

  @Test
  void logStalenessScriptNamesNoShellVariableThatEnvsubstWouldReplace() {
    Probe probe = Probes.logStaleness(Duration.ofMinutes(10)).toProbe(ProbeKind.LIVENESS, SparkPod.EXECUTOR, Map.of());

    // envsubst replaces $NAME and ${NAME} where NAME starts with a letter or '_'; $1, $( and $(( stay.
    assertThat(String.join(" ", probe.getExec().getCommand())).doesNotContainPattern("\\$\\{?[A-Za-z_]");
  }

  @Test
  void rejectsLogStalenessWithFractionalOrZeroMaxAge() {
    assertThatThrownBy(() -> Probes.logStaleness(Duration.ofMillis(1500)))
        .isInstanceOf(ProbePresetException.class).hasMessageContaining("whole number of seconds");
    assertThatThrownBy(() -> Probes.logStaleness(Duration.ZERO))
        .isInstanceOf(ProbePresetException.class).hasMessageContaining("at least 1s");
  }
}
