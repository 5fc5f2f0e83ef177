package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;
import static dev.sparkapp.testing.TestApps.message;

import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.yaml.SparkYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkConnectAssertTest {
  static SparkConnect connect() {
    return SparkConnect.builder()
        .metadata(m -> m.withName("spark-connect").withNamespace("spark"))
        .spec(s -> s.sparkVersion("4.0.1").image("apache/spark:4.0.1")
            .server(v -> v.cores(1).memory("1g").readinessProbe(Probes.connectGrpc()).livenessProbe(Probes.sparkUi()))
            .executor(e -> e.instances(2).cores(1).memory("512m")))
        .build();
  }

  @Test
  void checksPassForTheSparkConnectsValues() {
    assertThat(connect()).hasName("spark-connect").hasNamespace("spark").hasSparkVersion("4.0.1")
        .hasImage("apache/spark:4.0.1").isValid();
    assertThat(connect()).server().hasCores(1).hasMemory("1g").readinessProbe().isTcpSocket(15002);
    assertThat(connect()).server().livenessProbe().isHttpGet(4040, "/api/v1/version");
    assertThat(connect()).executor().hasInstances(2).hasMemory("512m");
    assertThat(connect()).sparkConf().containsEntry("spark.connect.grpc.binding.port", "15002");
  }

  @Test
  void serverProbeFailuresNameTheServerContainersPath() {
    assertThatThrownBy(() -> assertThat(connect()).server().readinessProbe().isTcpSocket(15003))
        .hasMessage(message("%nExpecting spec.server.template.spec.containers[spark-kubernetes-driver]"
            + ".readinessProbe.tcpSocket.port to be:%n  15003%nbut was:%n  15002"));
  }

  @Test
  void executorFailuresNameTheirPath() {
    assertThatThrownBy(() -> assertThat(connect()).executor().hasInstances(3))
        .hasMessage(message("%nExpecting spec.executor.instances to be:%n  3%nbut was:%n  2"));
  }

  @Test
  void isValidListsTheConnectRulesViolations() {
    SparkConnect clash = SparkConnect.builder().from(connect())
        .spec(s -> s.from(connect().spec()).sparkConf(Map.of("spark.connect.grpc.binding.port", "4040"))).build();

    assertThatThrownBy(() -> assertThat(clash).isValid())
        .hasMessageContaining("Expecting SparkConnect \"spark-connect\" to be valid")
        .hasMessageContaining("spec.sparkConf[\"spark.connect.grpc.binding.port\"]: error: "
            + "spark.connect.grpc.binding.port is 4040, the port of spark.ui.port on the Spark Connect server");
  }

  @Test
  void matchesSnapshotComparesTheSparkConnect(@TempDir Path dir) throws IOException {
    String yaml = SparkYaml.strict().toYaml(connect());
    assertThat(connect()).matchesSnapshot(Files.writeString(dir.resolve("connect.yaml"), yaml));

    Path stale = Files.writeString(dir.resolve("stale.yaml"), yaml.replace("memory: 1g", "memory: 2g"));
    assertThatThrownBy(() -> assertThat(connect()).matchesSnapshot(stale))
        .hasMessageContaining(message("-    memory: 2g%n+    memory: 1g%n"));
  }

  @Test
  void softAssertionsCollectSparkConnectFailures() {
    SparkSoftAssertions softly = new SparkSoftAssertions();
    softly.assertThat(connect()).hasName("other");
    softly.assertThat(connect()).executor().hasInstances(5);

    assertThatThrownBy(softly::assertAll).hasMessageContaining("metadata.name").hasMessageContaining("spec.executor.instances");
  }
}
