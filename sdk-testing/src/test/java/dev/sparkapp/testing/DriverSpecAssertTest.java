package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.TestApps.message;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.probe.Probes;
import org.junit.jupiter.api.Test;

/** Covers the checks of {@link AbstractSparkPodSpecAssert} through the driver. */
class DriverSpecAssertTest {

  private static DriverSpecAssert driver() {
    return assertThat(TestApps.sparkPi()).driver();
  }

  @Test
  void resourceChecksPassForTheDriversValues() {
    driver().hasCores(1).hasMemory("512m").hasServiceAccount("spark");
  }

  @Test
  void hasCoresReportsTheValue() {
    assertThatThrownBy(() -> driver().hasCores(2))
        .hasMessage(message("%nExpecting spec.driver.cores to be:%n  2%nbut was:%n  1"));
  }

  @Test
  void hasMemoryReportsTheValue() {
    assertThatThrownBy(() -> driver().hasMemory("1g"))
        .hasMessage(message("%nExpecting spec.driver.memory to be:%n  \"1g\"%nbut was:%n  \"512m\""));
  }

  @Test
  void hasServiceAccountReportsTheValue() {
    assertThatThrownBy(() -> driver().hasServiceAccount("default"))
        .hasMessage(message("%nExpecting spec.driver.serviceAccount to be:%n  \"default\"%nbut was:%n  \"spark\""));
  }

  @Test
  void hasLabelPassesForAnExistingLabel() {
    driver().hasLabel("app", "spark-pi");
  }

  @Test
  void hasLabelReportsALabelThatIsNotSet() {
    assertThatThrownBy(() -> driver().hasLabel("app.kubernetes.io/name", "spark-pi"))
        .hasMessage(message("%nExpecting spec.driver.labels[\"app.kubernetes.io/name\"] to be:%n  \"spark-pi\"%n"
            + "but it was not set"));
  }

  @Test
  void hasLabelReportsAnotherValue() {
    assertThatThrownBy(() -> driver().hasLabel("app", "etl"))
        .hasMessage(message("%nExpecting spec.driver.labels.app to be:%n  \"etl\"%nbut was:%n  \"spark-pi\""));
  }

  @Test
  void hasVolumeMountPassesForAMountedVolume() {
    driver().hasVolumeMount("logs", "/var/log/spark");
  }

  @Test
  void hasVolumeMountReportsAllMounts() {
    assertThatThrownBy(() -> driver().hasVolumeMount("logs", "/logs"))
        .hasMessage(message("%nExpecting spec.driver.volumeMounts to contain:%n  volume \"logs\" at \"/logs\"%n"
            + "but was:%n  [volume \"logs\" at \"/var/log/spark\"]"));
  }

  @Test
  void hasVolumeMountReportsMountsThatAreNotSet() {
    assertThatThrownBy(() -> assertThat(TestApps.sparkPi()).executor().hasVolumeMount("logs", "/logs"))
        .hasMessage(message("%nExpecting spec.executor.volumeMounts to contain:%n  volume \"logs\" at \"/logs\"%n"
            + "but it was not set"));
  }

  @Test
  void containerIsTheTemplateContainerNamedSparkKubernetesDriver() {
    driver().container().hasEnv("SPARK_LOG_DIR", "/var/log/spark");
  }

  @Test
  void probeShortcutsReachTheSparkContainersProbes() {
    driver().livenessProbe().isHttpGet(4040, "/healthz");
    driver().readinessProbe().isTcpSocket(7078);
    driver().startupProbe().execCommandContains("/tmp/started");
  }

  @Test
  void probeShortcutsPrintTheFullPath() {
    assertThatThrownBy(() -> driver().readinessProbe().isTcpSocket(4040))
        .hasMessage(message("%nExpecting spec.driver.template.spec.containers[spark-kubernetes-driver]"
            + ".readinessProbe.tcpSocket.port to be:%n  4040%nbut was:%n  7078"));
  }

  @Test
  void checksOnADriverThatIsNotSetNameIt() {
    assertThatThrownBy(() -> assertThat(TestApps.bare()).driver().livenessProbe().isExec())
        .hasMessage(message("%nExpecting spec.driver.template.spec.containers[spark-kubernetes-driver]"
            + ".livenessProbe to be:%n  an exec probe%nbut spec.driver was not set"));
  }

  @Test
  void hasProbeComparesTheSparkContainersProbeWithThePresetsUnderTheApplicationsSparkConf() {
    // The block manager preset pins spark.blockManager.port in sparkConf; hasProbe reads the pinned port from it.
    SparkApplication probed = SparkApplication.builder().from(TestApps.sparkPi())
        .spec(s -> s.from(TestApps.sparkPiSpec())
            .driver(d -> d.cores(1).memory("512m").livenessProbe(Probes.sparkUi()))
            .executor(e -> e.instances(2).cores(1).memory("512m").livenessProbe(Probes.blockManager())))
        .build();

    assertThat(probed).driver().hasProbe(ProbeKind.LIVENESS, Probes.sparkUi());
    assertThat(probed).executor().hasProbe(ProbeKind.LIVENESS, Probes.blockManager());
    assertThatThrownBy(() -> assertThat(probed).driver().hasProbe(ProbeKind.LIVENESS, Probes.driverRpc()))
        .hasMessage(message("%nExpecting spec.driver.template.spec.containers[spark-kubernetes-driver].livenessProbe "
            + "to be:%n  the preset \"driver-rpc\": a tcpSocket probe, port 7078, initialDelaySeconds 60, periodSeconds 15, "
            + "timeoutSeconds 10, failureThreshold 4, successThreshold 1%nbut was:%n  an httpGet probe, port 4040 path "
            + "\"/api/v1/version\", initialDelaySeconds 60, periodSeconds 15, timeoutSeconds 10, failureThreshold 4, "
            + "successThreshold 1"));
  }
}
