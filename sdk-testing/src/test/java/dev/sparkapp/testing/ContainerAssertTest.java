package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContainerAssertTest {
  private static final String DRIVER_CONTAINER = "spec.driver.template.spec.containers[spark-kubernetes-driver]";

  private static ContainerAssert driverContainer() {
    return assertThat(TestApps.sparkPi()).driver().container();
  }

  @Test
  void hasEnvPassesForALiteralValue() {
    driverContainer().hasEnv("SPARK_LOG_DIR", "/var/log/spark");
  }

  @Test
  void hasEnvReportsAnotherValue() {
    assertThatThrownBy(() -> driverContainer().hasEnv("SPARK_LOG_DIR", "/tmp"))
        .hasMessage(String.format("%nExpecting %s.env[SPARK_LOG_DIR] to be:%n  \"/tmp\"%nbut was:%n"
            + "  \"/var/log/spark\"", DRIVER_CONTAINER));
  }

  @Test
  void hasEnvReportsAVariableThatIsNotSet() {
    assertThatThrownBy(() -> driverContainer().hasEnv("JAVA_HOME", "/opt/java"))
        .hasMessage(String.format("%nExpecting %s.env[JAVA_HOME] to be:%n  \"/opt/java\"%nbut it was not set",
            DRIVER_CONTAINER));
  }

  @Test
  void probesAreThoseOfTheSparkContainerNotOfSidecars() {
    driverContainer().livenessProbe().isHttpGet(4040, "/healthz");
    driverContainer().readinessProbe().isTcpSocket(7078);
    driverContainer().startupProbe().isExec();
  }

  @Test
  void probeFailuresNameTheProbeField() {
    assertThatThrownBy(() -> driverContainer().startupProbe().isTcpSocket(7078))
        .hasMessage(String.format("%nExpecting %s.startupProbe to be:%n  a tcpSocket probe%nbut was:%n"
            + "  an exec probe", DRIVER_CONTAINER));
  }

  @Test
  void aMissingSparkContainerIsNamedInFailures() {
    assertThatThrownBy(() -> assertThat(TestApps.sparkPi()).executor().container().hasEnv("A", "b"))
        .hasMessage(String.format("%nExpecting spec.executor.template.spec.containers[spark-kubernetes-executor]"
            + ".env[A] to be:%n  \"b\"%nbut spec.executor.template.spec.containers[spark-kubernetes-executor]"
            + " was not set"));
  }
}
