package dev.sparkapp.samples;

import static dev.sparkapp.testing.SparkAssertions.assertThat;

import dev.sparkapp.core.SparkConnect;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SparkConnectSampleTest {
  private final SparkConnect connect = new SparkConnectSample().connect();

  @Test
  void theServerIsReadyOnlyWhenItAcceptsGrpcClientsOnThePortTheOperatorsServiceUses() {
    assertThat(connect).isValid().server().readinessProbe().isTcpSocket(15002);
    assertThat(connect).sparkConf().containsEntry("spark.connect.grpc.binding.port", "15002");
  }

  @Test
  void aServerWhoseUiHangsIsRestartedWithinTwoMinutes() {
    assertThat(connect).server().startupProbe().isHttpGet(4040, "/api/v1/version");
    assertThat(connect).server().livenessProbe().isHttpGet(4040, "/api/v1/version")
        .detectsHangWithin(Duration.ofMinutes(2));
  }

  @Test
  void executorsGetABlockManagerLivenessProbe() {
    assertThat(connect).executor().hasInstances(2).livenessProbe().isTcpSocket(7079);
  }

  @Test
  void theServerContainerKeepsTheImageAndResourcesOfTheTemplate() {
    assertThat(connect).server().container().satisfies(c -> {
      org.assertj.core.api.Assertions.assertThat(c.getImage()).isEqualTo("docker.io/apache/spark:4.0.1");
      org.assertj.core.api.Assertions.assertThat(c.getResources().getLimits()).containsKey("memory");
    });
  }
}
