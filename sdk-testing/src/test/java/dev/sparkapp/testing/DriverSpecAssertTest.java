package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.TestApps.message;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;

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
}
