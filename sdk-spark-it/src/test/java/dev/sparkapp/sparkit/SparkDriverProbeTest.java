package dev.sparkapp.sparkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.probe.ProbePreset;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.testing.ProbeRunner;
import dev.sparkapp.testing.ProbeTimeline;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.Test;

/**
 * The spark-ui and tcp presets, attached to an application as {@link ProbeSet} attaches them, run with
 * kubelet semantics against a real local-mode Spark driver in this JVM.
 */
class SparkDriverProbeTest {
  private static final Duration RUN = Duration.ofSeconds(20);

  /**
   * Fast timing so that the test decides within seconds; the checks are the presets' own. The timeout
   * stays generous: the first request to {@code /api/v1} initialises Spark's REST servlet, which takes
   * seconds on a busy machine.
   */
  private static ProbePreset fast(ProbePreset preset) {
    return preset.withInitialDelay(Duration.ZERO).withPeriod(Duration.ofSeconds(1))
        .withTimeout(Duration.ofSeconds(8)).withFailureThreshold(3);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void sparkUiAndTcpPresetsPassWhileTheDriverRunsAndFailAfterItStops() throws IOException {
    Map<String, String> ports = Map.of(
        "spark.ui.port", Integer.toString(freePort()),
        "spark.driver.port", Integer.toString(freePort()),
        "spark.driver.blockManager.port", Integer.toString(freePort()));
    SparkApplication app = ProbeSet.none()
        .driver(d -> d.livenessProbe(fast(Probes.sparkUi()))
            .readinessProbe(fast(Probes.driverRpc()))
            .startupProbe(fast(Probes.blockManager())))
        .applyTo(SparkApplication.builder().metadata(m -> m.withName("it"))
            .spec(s -> s.image("apache/spark:4.0.1").sparkConf(ports)).build());
    Container driver = app.spec().driver().orElseThrow().template().orElseThrow().getSpec().getContainers().get(0);
    Probe ui = driver.getLivenessProbe();
    Probe rpc = driver.getReadinessProbe();
    Probe blockManager = driver.getStartupProbe();

    SparkConf conf = new SparkConf().setMaster("local[1]").setAppName("sparkapp-probe-it")
        .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.port.maxRetries", "0").set("spark.ui.showConsoleProgress", "false");
    app.spec().sparkConf().forEach(conf::set);
    SparkContext spark = new SparkContext(conf);
    try {
      assertThat(spark.uiWebUrl().get()).endsWith(":" + ports.get("spark.ui.port"));
      for (Probe probe : new Probe[] {ui, rpc, blockManager}) {
        ProbeTimeline running = ProbeRunner.of(probe).run(RUN);
        assertThat(running.verdict()).as("%s", running).isEqualTo(ProbeTimeline.Verdict.PASSED);
      }
      assertThat(ProbeRunner.of(ui).probeOnce().detail()).endsWith("/api/v1/version -> 200");
    } finally {
      spark.stop();
    }

    ProbeTimeline uiAfterStop = ProbeRunner.of(ui).run(RUN);
    ProbeTimeline rpcAfterStop = ProbeRunner.of(rpc).run(RUN);
    ProbeTimeline blockManagerAfterStop = ProbeRunner.of(blockManager).run(RUN);
    assertThat(uiAfterStop.verdict()).as("%s", uiAfterStop).isEqualTo(ProbeTimeline.Verdict.FAILED);
    assertThat(uiAfterStop.outcomes()).hasSize(3).noneMatch(outcome -> outcome.success());
    assertThat(rpcAfterStop.verdict()).as("%s", rpcAfterStop).isEqualTo(ProbeTimeline.Verdict.FAILED);
    assertThat(blockManagerAfterStop.verdict()).as("%s", blockManagerAfterStop)
        .isEqualTo(ProbeTimeline.Verdict.FAILED);
  }
}
