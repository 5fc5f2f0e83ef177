package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.Probe;
import org.junit.jupiter.api.Test;

class TcpExecutorsSampleTest {
  private final SparkApplication app = new TcpExecutorsSample().application();

  @Test
  void executorsAreProbedByTcpOnThePinnedBlockManagerPort() {
    assertThat(app.spec().sparkConf())
        .containsEntry("spark.blockManager.port", String.valueOf(TcpExecutorsSample.BLOCK_MANAGER_PORT));
    Probe liveness = SparkContainers.of(app, SparkPod.EXECUTOR).orElseThrow().getLivenessProbe();
    assertThat(liveness.getTcpSocket().getPort().getIntVal()).isEqualTo(TcpExecutorsSample.BLOCK_MANAGER_PORT);
    assertThat(SparkContainers.of(app, SparkPod.DRIVER).map(c -> c.getLivenessProbe())).isEmpty();
  }

  @Test
  void rendersToYamlThatReadsBackEqual() {
    assertThat(SparkYaml.strict().readApplication(SparkYaml.strict().toYaml(app))).isEqualTo(app);
  }
}
