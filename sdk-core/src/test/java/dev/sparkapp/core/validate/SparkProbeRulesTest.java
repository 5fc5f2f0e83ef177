package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.driverWithLiveness;
import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static dev.sparkapp.core.validate.TestApps.withDriverContainers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ScheduledSparkApplication;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkProbeRulesTest {
  private static final String PROBE = "spec.driver.template.spec.containers[0].livenessProbe";

  @Test
  void uiProbeWhileTheUiIsDisabledIsAnError() {
    ValidationResult result = validate(withDriverContainers(s -> s.sparkConf(Map.of("spark.ui.enabled", "false")),
        driverWithLiveness(TestApps.httpProbe(4040))));

    assertThat(violations(result, SparkProbeRules.UI_DISABLED)).containsExactly(PROBE + ".httpGet.port: error: the "
        + "probe calls the Spark UI, but spec.sparkConf sets spark.ui.enabled=false, so nothing answers and the "
        + "probe always fails: enable the UI or probe something else (an exec or tcpSocket probe) "
        + "[spark-ui-disabled-probe]");
  }

  @Test
  void httpProbeOnAnotherPortThanTheUiPortIsAWarning() {
    ValidationResult result = validate(withDriverContainers(s -> s.sparkConf(Map.of("spark.ui.port", "4041")),
        driverWithLiveness(TestApps.httpProbe(4040))));

    assertThat(violations(result, SparkProbeRules.HTTP_PORT)).containsExactly(PROBE + ".httpGet.port: warning: port "
        + "4040 is not spark.ui.port (4041) nor a declared port of the driver container, so the probe will fail: use "
        + "4041 or declare the port that serves it [spark-http-probe-port]");
    assertThat(validate(withDriverContainers(s -> s.sparkConf(Map.of("spark.ui.port", "4041")),
        driverWithLiveness(TestApps.httpProbe(4041)))).violations()).isEmpty();
  }

  @Test
  void tcpProbeOnAPortSparkDoesNotPinIsAWarning() {
    ValidationResult result = validate(withDriverContainers(driverWithLiveness(TestApps.tcpProbe(9999))));

    assertThat(violations(result, SparkProbeRules.TCP_PORT)).containsExactly(PROBE + ".tcpSocket.port: warning: "
        + "Spark does not pin port 9999 in the driver container (it pins 7078 (driver-rpc-port), 4040 (spark-ui), "
        + "7079 (blockmanager)), so the probe may check nothing: use one of those ports or pin this one in "
        + "spec.sparkConf [spark-unpinned-tcp-probe]");
  }

  @Test
  void inAScheduledApplicationTheMessagesNameTheTemplatesSparkConf() {
    ScheduledSparkApplication tcpProbe = scheduledWithoutUi(driverWithLiveness(TestApps.tcpProbe(9999)));
    ScheduledSparkApplication uiProbe = scheduledWithoutUi(driverWithLiveness(TestApps.httpProbe(4040)));

    assertThat(violations(validate(tcpProbe), SparkProbeRules.TCP_PORT)).containsExactly("spec.template.driver.template"
        + ".spec.containers[0].livenessProbe.tcpSocket.port: warning: Spark does not pin port 9999 in the driver "
        + "container (it pins 7078 (driver-rpc-port), 7079 (blockmanager)), so the probe may check nothing: use one "
        + "of those ports or pin this one in spec.template.sparkConf [spark-unpinned-tcp-probe]");
    assertThat(violations(validate(uiProbe), SparkProbeRules.UI_DISABLED)).containsExactly("spec.template.driver"
        + ".template.spec.containers[0].livenessProbe.httpGet.port: error: the probe calls the Spark UI, but "
        + "spec.template.sparkConf sets spark.ui.enabled=false, so nothing answers and the probe always fails: "
        + "enable the UI or probe something else (an exec or tcpSocket probe) [spark-ui-disabled-probe]");
  }

  /** A valid nightly ScheduledSparkApplication with the UI disabled and {@code driver} in its driver template. */
  private static ScheduledSparkApplication scheduledWithoutUi(Container driver) {
    return ScheduledSparkApplication.builder().metadata(m -> m.withName("nightly"))
        .spec(s -> s.schedule("@daily").template(t -> {
          TestApps.valid(t);
          t.sparkConf(Map.of("spark.ui.enabled", "false"))
              .driver(d -> d.cores(1).memory("512m").template(TestApps.template(driver)));
        }))
        .build();
  }

  @Test
  void tcpProbeOnTheDriverPortOrADeclaredPortIsFine() {
    Container declared = new ContainerBuilder(driverWithLiveness(TestApps.tcpProbe(9999)))
        .addNewPort().withName("custom").withContainerPort(9999).endPort().build();

    assertThat(validate(withDriverContainers(driverWithLiveness(TestApps.tcpProbe(7078)))).violations()).isEmpty();
    assertThat(validate(withDriverContainers(declared)).violations()).isEmpty();
  }

  @Test
  void aRandomDriverPortIsNotPinned() {
    ValidationResult result = validate(withDriverContainers(s -> s.sparkConf(Map.of("spark.driver.port", "0")),
        driverWithLiveness(TestApps.tcpProbe(7078))));

    assertThat(violations(result, SparkProbeRules.TCP_PORT)).hasSize(1);
  }

  @Test
  void probeInAContainerThatIsNotTheSparkContainerIsAWarning() {
    Container agent = new ContainerBuilder().withName("agent").withLivenessProbe(TestApps.httpProbe(4040)).build();

    assertThat(violations(validate(withDriverContainers(TestApps.driverWithLiveness(TestApps.httpProbe(4040)), agent)),
        SparkProbeRules.CONTAINER)).containsExactly("spec.driver.template.spec.containers[1].livenessProbe: warning: "
        + "the probe is in container 'agent', but Spark runs the driver in the container named "
        + "'spark-kubernetes-driver' (or, when there is none, the first template container): name the container "
        + "'spark-kubernetes-driver' so that the probe checks Spark [spark-probe-container]");
  }

  /** Spark takes the first template container; the webhook, finding no spark-kubernetes-driver, the pod's first. */
  @Test
  void probeInAMisnamedFirstContainerChecksSparkButTheWebhookMissesItBesideOthers() {
    Container main = new ContainerBuilder().withName("main").withLivenessProbe(TestApps.httpProbe(4040)).build();
    Container agent = new ContainerBuilder().withName("agent").build();

    assertThat(validate(withDriverContainers(main)).violations()).isEmpty();
    assertThat(violations(validate(withDriverContainers(main, agent)), SparkProbeRules.CONTAINER)).containsExactly(PROBE
        + ": warning: Spark runs the driver in 'main', the first template container, but the operator's webhook looks "
        + "for 'spark-kubernetes-driver' and adds env, volume mounts and ports to another container: name this "
        + "container 'spark-kubernetes-driver' [spark-probe-container]");
  }

  /** The operator passes its own podTemplateContainerName after sparkConf, so the user's cannot rename Spark's container. */
  @Test
  void aPodTemplateContainerNameInSparkConfDoesNotMakeAnotherContainerSparks() {
    Container main = new ContainerBuilder().withName("main").withLivenessProbe(TestApps.httpProbe(4040)).build();
    ValidationResult result = validate(withDriverContainers(
        s -> s.sparkConf(Map.of("spark.kubernetes.driver.podTemplateContainerName", "main")),
        TestApps.driverWithLiveness(TestApps.httpProbe(4040)), main));

    assertThat(violations(result, SparkProbeRules.CONTAINER)).singleElement().asString()
        .contains("the probe is in container 'main', but Spark runs the driver in the container named "
            + "'spark-kubernetes-driver'");
    assertThat(violations(result, OverriddenSparkConfRules.RULE)).hasSize(1);
  }

  @Test
  void tcpProbeOnTheUiPortWhileTheUiIsDisabledIsAWarningButTheNamedPortExists() {
    ValidationResult byNumber = validate(withDriverContainers(s -> s.sparkConf(Map.of("spark.ui.enabled", "false")),
        driverWithLiveness(TestApps.tcpProbe(4040))));
    Container byName = driverWithLiveness(new io.fabric8.kubernetes.api.model.ProbeBuilder().withNewTcpSocket()
        .withNewPort("spark-ui").endTcpSocket().build());

    assertThat(violations(byNumber, SparkProbeRules.TCP_PORT)).containsExactly(PROBE + ".tcpSocket.port: warning: "
        + "Spark does not pin port 4040 in the driver container (it pins 7078 (driver-rpc-port), 7079 (blockmanager)), "
        + "so the probe may check nothing: use one of those ports or pin this one in spec.sparkConf "
        + "[spark-unpinned-tcp-probe]");
    assertThat(violations(validate(withDriverContainers(s -> s.sparkConf(Map.of("spark.ui.enabled", "false")), byName)),
        ProbeRules.NAMED_PORT)).isEmpty();
  }
}
