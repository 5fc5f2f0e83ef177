package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkConnectSpec;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ConnectRulesTest {
  /** A valid SparkConnect named {@code name}, changed by {@code change}. */
  static SparkConnect connect(String name, Consumer<SparkConnectSpec.Builder> change) {
    return SparkConnect.builder()
        .metadata(m -> m.withName(name).withNamespace("default"))
        .spec(s -> {
          s.sparkVersion("4.0.1").image("docker.io/apache/spark:4.0.1")
              .server(v -> v.cores(1).memory("1g"))
              .executor(e -> e.instances(2).cores(1).memory("512m"));
          change.accept(s);
        })
        .build();
  }

  static SparkConnect connect(Consumer<SparkConnectSpec.Builder> change) {
    return connect("spark-connect", change);
  }

  @Test
  void theOperatorsShapeOfServerPassesEveryRule() {
    assertThat(validate(connect(s -> {})).violations()).isEmpty();
  }

  @Test
  void rejectsANameTooLongForTheServersService() {
    String name = "c".repeat(57);

    assertThat(violations(validate(connect(name, s -> {})), ConnectRules.NAME)).containsExactly(
        "metadata.name: error: '" + name + "' is 57 characters long; the operator names the server's Service "
            + "'<name>-server', and a Service name has at most 63 characters: shorten the name to at most 56 "
            + "characters, or name the Service in spec.server.service.metadata.name [connect-name]");
    assertThat(validate(connect("c".repeat(56), s -> {})).violations()).isEmpty();
  }

  @Test
  void aNamedServiceLeavesRoomForALongerName() {
    SparkConnect named = connect("c".repeat(60), s -> s.server(v -> v.service(
        new ServiceBuilder().withNewMetadata().withName("connect").endMetadata().build())));

    assertThat(validate(named).violations()).isEmpty();
  }

  @Test
  void rejectsAServiceWithoutANameBecauseTheOperatorNamesItAfterIt() {
    SparkConnect unnamed = connect(s -> s.server(v -> v.service(new ServiceBuilder().withNewSpec()
        .withType("LoadBalancer").endSpec().build())));

    assertThat(violations(validate(unnamed), ConnectRules.SERVICE_NAME)).containsExactly(
        "spec.server.service.metadata.name: error: spec.server.service is set without a name, and the operator "
            + "names the server's Service after it, so creating the Service fails: set "
            + "spec.server.service.metadata.name, or remove spec.server.service to get 'spark-connect-server' "
            + "[connect-service-name]");
  }

  @Test
  void rejectsAServiceNameKubernetesRefuses() {
    SparkConnect bad = connect(s -> s.server(v -> v.service(
        new ServiceBuilder().withNewMetadata().withName("Connect_1").endMetadata().build())));

    assertThat(violations(validate(bad), ConnectRules.SERVICE_NAME)).containsExactly(
        "spec.server.service.metadata.name: error: 'Connect_1' is not a valid Service name: use at most 63 "
            + "lower-case letters, digits and '-', starting with a letter and ending with a letter or digit "
            + "[connect-service-name]");
  }

  @Test
  void rejectsTheGrpcPortOnTheUiPort() {
    SparkConnect clash = connect(s -> s.sparkConf(Map.of("spark.connect.grpc.binding.port", "4040")));

    assertThat(violations(validate(clash), ConnectRules.PORT_COLLISION)).containsExactly(
        "spec.sparkConf[\"spark.connect.grpc.binding.port\"]: error: spark.connect.grpc.binding.port is 4040, the port "
            + "of spark.ui.port on the Spark Connect server, so one of them cannot bind and the server does not "
            + "start: give spark.connect.grpc.binding.port another port (its default is 15002) [connect-port-collision]");
  }

  @Test
  void rejectsTheUiOnThePortTheOperatorFixesForTheDriver() {
    SparkConnect clash = connect(s -> s.sparkConf(Map.of("spark.ui.port", "7078")));

    assertThat(violations(validate(clash), ConnectRules.PORT_COLLISION)).containsExactly(
        "spec.sparkConf[\"spark.ui.port\"]: error: spark.ui.port is 7078, the port of spark.driver.port on the Spark "
            + "Connect server, so one of them cannot bind and the server does not start: give spark.ui.port another "
            + "port (its default is 4040) [connect-port-collision]");
  }

  @Test
  void aDisabledUiFreesItsPort() {
    SparkConnect moved = connect(s -> s.sparkConf(Map.of("spark.ui.enabled", "false",
        "spark.connect.grpc.binding.port", "4040")));

    assertThat(violations(validate(moved), ConnectRules.PORT_COLLISION)).isEmpty();
  }

  @Test
  void warnsThatTheOperatorsServiceDoesNotFollowAMovedGrpcPort() {
    SparkConnect moved = connect(s -> s.sparkConf(Map.of("spark.connect.grpc.binding.port", "15003")));

    assertThat(violations(validate(moved), ConnectRules.SERVICE_PORT)).containsExactly(
        "spec.sparkConf[\"spark.connect.grpc.binding.port\"]: warning: spark.connect.grpc.binding.port is 15003, but the "
            + "operator's Service for the server always sends to port 15002, so clients of the Service reach nothing: "
            + "remove the setting to keep 15002 [connect-service-port]");
  }

  @Test
  void warnsThatTheOperatorOverridesTheDriverPort() {
    SparkConnect set = connect(s -> s.sparkConf(Map.of("spark.driver.port", "7000")));

    assertThat(violations(validate(set), ConnectRules.OPERATOR_PORT)).containsExactly(
        "spec.sparkConf[\"spark.driver.port\"]: warning: spark.driver.port is 7000, but the operator passes "
            + "spark.driver.port=7078 after spec.sparkConf, so the server listens on 7078: remove the setting "
            + "[connect-operator-port]");
  }

  @Test
  void rejectsAUiProbeOnTheServerWhenTheUiIsDisabled() {
    SparkConnect probed = connect(s -> s.sparkConf(Map.of("spark.ui.enabled", "false"))
        .server(v -> v.template(TestApps.template(
            new ContainerBuilder().withName("sidecar").build(),
            TestApps.driverWithLiveness(TestApps.httpProbe(4040))))));

    assertThat(violations(validate(probed), ConnectRules.UI_DISABLED)).containsExactly(
        "spec.server.template.spec.containers[1].livenessProbe.httpGet.port: error: the probe calls the Spark UI of "
            + "the Connect server, but spec.sparkConf sets spark.ui.enabled=false, so nothing answers and the probe "
            + "always fails: enable the UI or probe the gRPC port (15002) with a tcpSocket probe "
            + "[connect-ui-disabled-probe]");
  }

  @Test
  void checksTheFirstContainerWhenNoneHasTheServersName() {
    SparkConnect probed = connect(s -> s.sparkConf(Map.of("spark.ui.enabled", "false"))
        .server(v -> v.template(TestApps.template(new ContainerBuilder().withName("server")
            .withReadinessProbe(TestApps.httpProbe(4040)).build()))));

    assertThat(violations(validate(probed), ConnectRules.UI_DISABLED)).hasSize(1)
        .first().asString().startsWith("spec.server.template.spec.containers[0].readinessProbe.httpGet.port: error:");
  }

  @Test
  void rejectsBrokenExecutorBoundsAsForApplications() {
    SparkConnect bounds = connect(s -> s.executor(e -> e.cores(1))
        .dynamicAllocation(d -> d.enabled(true).minExecutors(4).maxExecutors(2)));

    assertThat(violations(validate(bounds), DynamicAllocationRules.BOUNDS)).containsExactly(
        "spec.dynamicAllocation.minExecutors: error: minExecutors (4) is greater than maxExecutors (2), so Spark "
            + "refuses to start: make minExecutors <= maxExecutors [dynamic-allocation-bounds]");
  }

  @Test
  void warnsAboutAServerWithoutExecutors() {
    SparkConnect none = connect(s -> s.executor(e -> e.instances(0)));

    assertThat(violations(validate(none), ConnectRules.NO_EXECUTORS)).containsExactly(
        "spec.executor.instances: warning: executor.instances is 0 and dynamic allocation is off, so the server has "
            + "no executor and every query waits forever: set instances to 1 or more, or enable spec.dynamicAllocation "
            + "[connect-no-executors]");
    assertThat(violations(validate(connect(s -> s.executor(e -> e.instances(0))
        .dynamicAllocation(d -> d.enabled(true).maxExecutors(3)))), ConnectRules.NO_EXECUTORS)).isEmpty();
  }

  @Test
  void rejectsSparkConnectForAnOperatorOlderThanTwoThree() {
    ValidationResult result = Validator.defaults().targetOperatorVersion("2.2.0").validate(connect(s -> {}));

    assertThat(violations(result, OperatorVersionRules.RULE)).containsExactly(
        "kind: error: SparkConnect needs spark-operator 2.3.0 or newer, but the target is 2.2.0, which has no such "
            + "resource: upgrade the operator [operator-version]");
  }
}
