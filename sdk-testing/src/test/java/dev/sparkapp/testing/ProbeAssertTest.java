package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.TestApps.message;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProbeAssertTest {
  private static final String LIVENESS =
      "spec.driver.template.spec.containers[spark-kubernetes-driver].livenessProbe";

  private static ProbeAssert driverLiveness() {
    return assertThat(TestApps.sparkPi()).driver().livenessProbe();
  }

  @Test
  void isHttpGetPassesForTheProbesPortAndPath() {
    assertThat(TestApps.httpProbe()).isHttpGet(4040, "/healthz");
  }

  @Test
  void isHttpGetReportsAWrongPortWithItsFullPath() {
    assertThatThrownBy(() -> driverLiveness().isHttpGet(8080, "/healthz"))
        .hasMessage(message("%nExpecting %s.httpGet.port to be:%n  8080%nbut was:%n  4040", LIVENESS));
  }

  @Test
  void isHttpGetReportsAWrongPath() {
    assertThatThrownBy(() -> assertThat(TestApps.httpProbe()).isHttpGet(4040, "/live"))
        .hasMessage(message("%nExpecting httpGet.path to be:%n  \"/live\"%nbut was:%n  \"/healthz\""));
  }

  @Test
  void isHttpGetReportsANamedPortAsTheName() {
    Probe named = new ProbeBuilder().withNewHttpGet().withPort(new IntOrString("spark-ui")).withPath("/")
        .endHttpGet().build();
    assertThatThrownBy(() -> assertThat(named).isHttpGet(4040, "/"))
        .hasMessage(message("%nExpecting httpGet.port to be:%n  4040%nbut was:%n  \"spark-ui\""));
  }

  @Test
  void isHttpGetReportsAnotherHandler() {
    assertThatThrownBy(() -> assertThat(TestApps.execProbe()).isHttpGet(4040, "/healthz"))
        .hasMessage(message("%nExpecting <root> to be:%n  an httpGet probe%nbut was:%n  an exec probe"));
  }

  @Test
  void isTcpSocketPassesForTheProbesPort() {
    assertThat(TestApps.tcpProbe()).isTcpSocket(7078);
  }

  @Test
  void isTcpSocketReportsAWrongPort() {
    assertThatThrownBy(() -> assertThat(TestApps.tcpProbe()).isTcpSocket(7079))
        .hasMessage(message("%nExpecting tcpSocket.port to be:%n  7079%nbut was:%n  7078"));
  }

  @Test
  void isTcpSocketReportsAProbeWithoutHandler() {
    assertThatThrownBy(() -> assertThat(new Probe()).isTcpSocket(7078))
        .hasMessage(message("%nExpecting <root> to be:%n  a tcpSocket probe%nbut was:%n  a probe without a handler"));
  }

  @Test
  void isExecPassesForAnExecProbe() {
    assertThat(TestApps.execProbe()).isExec();
  }

  @Test
  void isExecReportsAnHttpGetProbe() {
    assertThatThrownBy(() -> driverLiveness().isExec())
        .hasMessage(message("%nExpecting %s to be:%n  an exec probe%nbut was:%n  an httpGet probe", LIVENESS));
  }

  @Test
  void execCommandContainsMatchesAcrossWords() {
    assertThat(TestApps.execProbe()).execCommandContains("-c test -f");
  }

  @Test
  void execCommandContainsReportsTheWholeCommand() {
    assertThatThrownBy(() -> assertThat(TestApps.execProbe()).execCommandContains("/tmp/healthy"))
        .hasMessage(message("%nExpecting exec.command to contain:%n  \"/tmp/healthy\"%n"
            + "but was:%n  [\"sh\", \"-c\", \"test -f /tmp/started\"]"));
  }

  @Test
  void execCommandContainsReportsAnEmptyCommandAsNotSet() {
    Probe empty = new ProbeBuilder().withNewExec().endExec().build();
    assertThatThrownBy(() -> assertThat(empty).execCommandContains("test"))
        .hasMessage(message("%nExpecting exec.command to contain:%n  \"test\"%nbut it was not set"));
  }

  @Test
  void timingChecksPassForTheProbesValues() {
    assertThat(TestApps.httpProbe())
        .hasInitialDelaySeconds(5)
        .hasPeriodSeconds(10)
        .hasTimeoutSeconds(2)
        .hasFailureThreshold(3)
        .hasSuccessThreshold(1);
  }

  @Test
  void hasInitialDelaySecondsReportsTheValue() {
    assertThatThrownBy(() -> driverLiveness().hasInitialDelaySeconds(30))
        .hasMessage(message("%nExpecting %s.initialDelaySeconds to be:%n  30%nbut was:%n  5", LIVENESS));
  }

  @Test
  void hasPeriodSecondsReportsTheValue() {
    assertThatThrownBy(() -> assertThat(TestApps.httpProbe()).hasPeriodSeconds(30))
        .hasMessage(message("%nExpecting periodSeconds to be:%n  30%nbut was:%n  10"));
  }

  @Test
  void hasTimeoutSecondsReportsTheValue() {
    assertThatThrownBy(() -> assertThat(TestApps.httpProbe()).hasTimeoutSeconds(1))
        .hasMessage(message("%nExpecting timeoutSeconds to be:%n  1%nbut was:%n  2"));
  }

  @Test
  void hasFailureThresholdReportsTheValue() {
    assertThatThrownBy(() -> assertThat(TestApps.httpProbe()).hasFailureThreshold(6))
        .hasMessage(message("%nExpecting failureThreshold to be:%n  6%nbut was:%n  3"));
  }

  @Test
  void hasSuccessThresholdReportsTheValue() {
    assertThatThrownBy(() -> assertThat(TestApps.httpProbe()).hasSuccessThreshold(2))
        .hasMessage(message("%nExpecting successThreshold to be:%n  2%nbut was:%n  1"));
  }

  @Test
  void timingChecksReportAFieldLeftUnsetEvenWhereKubernetesHasADefault() {
    assertThatThrownBy(() -> assertThat(TestApps.tcpProbe()).hasPeriodSeconds(10))
        .hasMessage(message("%nExpecting periodSeconds to be:%n  10%nbut it was not set"));
  }

  @Test
  void detectsHangWithinPassesAtTheWorstCaseExactly() {
    // periodSeconds 10 + (failureThreshold 3 - 1) * max(10, timeout 2) + timeout 2 = 32 s
    assertThat(TestApps.httpProbe()).detectsHangWithin(Duration.ofSeconds(32));
  }

  @Test
  void detectsHangWithinReportsTheWorstCase() {
    assertThatThrownBy(() -> driverLiveness().detectsHangWithin(Duration.ofSeconds(31)))
        .hasMessage(message("%nExpecting %s to detect a hang within:%n  31s%nbut was:%n  32s in the worst case",
            LIVENESS));
  }

  @Test
  void detectsHangWithinUsesKubernetesDefaultsForUnsetFields() {
    // defaults: periodSeconds 10, failureThreshold 3, timeoutSeconds 1 -> 10 + 2 * 10 + 1 = 31 s
    assertThatThrownBy(() -> assertThat(TestApps.tcpProbe()).detectsHangWithin(Duration.ofMillis(30_500)))
        .hasMessage(message("%nExpecting <root> to detect a hang within:%n  PT30.5S%nbut was:%n  31s in the worst case"));
  }

  @Test
  void detectsHangWithinCountsTheMaxAgeOfALogStalenessProbe() {
    dev.sparkapp.core.SparkApplication app = dev.sparkapp.core.SparkApplication.builder()
        .metadata(m -> m.withName("quiet")).spec(s -> s.image("apache/spark:4.0.1")
            .driver(d -> d.livenessProbe(dev.sparkapp.core.probe.Probes.logStaleness(Duration.ofMinutes(10)))))
        .build();

    // maxAge 600 + 1, then 15 + 3 * 15 + 10 = 671 s: a 10-minute log-staleness probe does not act within 2 minutes
    assertThatThrownBy(() -> assertThat(app).driver().livenessProbe().detectsHangWithin(Duration.ofMinutes(2)))
        .hasMessageContaining("671s in the worst case");
    assertThat(app).driver().livenessProbe().detectsHangWithin(Duration.ofSeconds(671));
  }

  @Test
  void detectsHangWithinCountsTheStallOfAJobProgressProbe() {
    dev.sparkapp.core.SparkApplication app = dev.sparkapp.core.SparkApplication.builder()
        .metadata(m -> m.withName("etl")).spec(s -> s.image("apache/spark:4.0.1")
            .driver(d -> d.livenessProbe(dev.sparkapp.core.probe.Probes.jobProgress(Duration.ofMinutes(15)))))
        .build();

    // stall 900 + period 15, then 15 + 3 * 15 + 10 = 985 s
    assertThatThrownBy(() -> assertThat(app).driver().livenessProbe().detectsHangWithin(Duration.ofSeconds(984)))
        .hasMessageContaining("985s in the worst case");
    assertThat(app).driver().livenessProbe().detectsHangWithin(Duration.ofSeconds(985));
  }

  @Test
  void detectsHangWithinReportsAProbeThatIsNotSet() {
    assertThatThrownBy(() -> assertThat(TestApps.sparkPi()).executor().livenessProbe()
            .detectsHangWithin(Duration.ofMinutes(1)))
        .hasMessage(message("%nExpecting spec.executor.template.spec.containers[spark-kubernetes-executor]"
            + ".livenessProbe to detect a hang within:%n  60s%nbut spec.executor.template.spec.containers"
            + "[spark-kubernetes-executor] was not set"));
  }

  @Test
  void isNotPresentPassesForAProbeThatIsNotSet() {
    assertThat(TestApps.sparkPi()).executor().livenessProbe().isNotPresent();
  }

  @Test
  void isNotPresentReportsTheProbeThatIsThere() {
    assertThatThrownBy(() -> driverLiveness().isNotPresent())
        .hasMessage(message("%nExpecting %s not to be set%nbut was:%n  an httpGet probe, port 4040 path \"/healthz\"",
            LIVENESS));
  }

  @Test
  void checksOnAMissingProbeNameTheFirstMissingField() {
    assertThatThrownBy(() -> assertThat(TestApps.sparkPi()).executor().readinessProbe().hasPeriodSeconds(10))
        .hasMessage(message("%nExpecting spec.executor.template.spec.containers[spark-kubernetes-executor]"
            + ".readinessProbe.periodSeconds to be:%n  10%nbut spec.executor.template.spec.containers"
            + "[spark-kubernetes-executor] was not set"));
  }

  @Test
  void checksOnANullProbeFailLikeAssertJ() {
    assertThatThrownBy(() -> assertThat((Probe) null).isExec())
        .hasMessage(message("%nExpecting actual not to be null"));
  }
}
