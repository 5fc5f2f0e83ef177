package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.driverWithLiveness;
import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static dev.sparkapp.core.validate.TestApps.withDriverContainers;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import org.junit.jupiter.api.Test;

class ProbeRulesTest {
  private static final String PROBE = "spec.driver.template.spec.containers[0].livenessProbe";

  @Test
  void acceptsAProbeWithOneHandlerAndDefaults() {
    ValidationResult result = validate(withDriverContainers(driverWithLiveness(TestApps.httpProbe(4040))));

    assertThat(result.violations()).isEmpty();
  }

  @Test
  void rejectsAProbeWithoutHandler() {
    ValidationResult result = validate(withDriverContainers(driverWithLiveness(new ProbeBuilder().withPeriodSeconds(5).build())));

    assertThat(violations(result, ProbeRules.HANDLER)).containsExactly(PROBE
        + ": error: no handler is set: give exactly one of exec, httpGet, tcpSocket or grpc [probe-handler]");
  }

  @Test
  void rejectsAProbeWithTwoHandlers() {
    Probe probe = new ProbeBuilder(TestApps.httpProbe(4040)).withNewTcpSocket().withNewPort(7078).endTcpSocket().build();

    assertThat(violations(validate(withDriverContainers(driverWithLiveness(probe))), ProbeRules.HANDLER))
        .containsExactly(PROBE + ": error: has httpGet and tcpSocket handlers: the API server accepts exactly one, "
            + "keep one of them [probe-handler]");
  }

  @Test
  void rejectsAnExecProbeWithoutCommand() {
    Probe probe = new ProbeBuilder().withNewExec().endExec().build();

    assertThat(violations(validate(withDriverContainers(driverWithLiveness(probe))), ProbeRules.HANDLER))
        .containsExactly(PROBE + ".exec.command: error: exec.command is empty: give the command to run, for example "
            + "[\"cat\", \"/tmp/healthy\"] [probe-handler]");
  }

  @Test
  void livenessSuccessThresholdMustBeOneButReadinessMayBeHigher() {
    Probe probe = new ProbeBuilder(TestApps.httpProbe(4040)).withSuccessThreshold(3).build();
    Container container = new ContainerBuilder(driverWithLiveness(probe)).withReadinessProbe(probe).build();

    assertThat(violations(validate(withDriverContainers(container)), ProbeRules.SUCCESS_THRESHOLD))
        .containsExactly(PROBE + ".successThreshold: error: livenessProbe successThreshold must be 1, got 3: the API "
            + "server accepts no other value for liveness and startup probes; remove it or set it to 1 "
            + "[probe-success-threshold]");
  }

  @Test
  void rejectsNegativeTimings() {
    Probe probe = new ProbeBuilder(TestApps.httpProbe(4040)).withPeriodSeconds(-5).withFailureThreshold(-1).build();

    assertThat(violations(validate(withDriverContainers(driverWithLiveness(probe))), ProbeRules.TIMING)).containsExactly(
        PROBE + ".periodSeconds: error: periodSeconds must be positive, got -5: set it to 1 or more, or remove it to "
            + "use the default 10 [probe-timing]",
        PROBE + ".failureThreshold: error: failureThreshold must be positive, got -1: set it to 1 or more, or remove "
            + "it to use the default 3 [probe-timing]");
  }

  @Test
  void readinessProbeMayNotSetTerminationGracePeriod() {
    Probe probe = new ProbeBuilder(TestApps.httpProbe(4040)).withTerminationGracePeriodSeconds(30L).build();
    Container container = new ContainerBuilder().withName("spark-kubernetes-driver").withReadinessProbe(probe).build();

    assertThat(violations(validate(withDriverContainers(container)), ProbeRules.TIMING)).containsExactly(
        "spec.driver.template.spec.containers[0].readinessProbe.terminationGracePeriodSeconds: error: "
            + "terminationGracePeriodSeconds may not be set on a readinessProbe: remove it [probe-timing]");
    assertThat(violations(validate(withDriverContainers(driverWithLiveness(probe))), ProbeRules.TIMING)).isEmpty();
  }

  @Test
  void rejectsPortsOutOfRange() {
    assertThat(violations(validate(withDriverContainers(driverWithLiveness(TestApps.tcpProbe(70000)))), ProbeRules.PORT))
        .containsExactly(PROBE + ".tcpSocket.port: error: port 70000 is out of range: give a number from 1 to 65535 "
            + "or the name of a container port [probe-port]");
  }

  @Test
  void rejectsInvalidPortNames() {
    Probe probe = new ProbeBuilder().withNewHttpGet().withNewPort("Web_UI").endHttpGet().build();

    assertThat(violations(validate(withDriverContainers(driverWithLiveness(probe))), ProbeRules.PORT))
        .containsExactly(PROBE + ".httpGet.port: error: 'Web_UI' is not a valid port name (at most 15 lower-case "
            + "letters, digits or '-', with at least one letter and no '--'): give a number from 1 to 65535 or the "
            + "name of a container port [probe-port]");
  }

  @Test
  void namedPortMustExistInTheContainer() {
    Probe probe = new ProbeBuilder().withNewHttpGet().withNewPort("metrics").endHttpGet().build();
    Container sidecar = new ContainerBuilder().withName("agent").withLivenessProbe(probe)
        .addNewPort().withName("admin").withContainerPort(9000).endPort().build();

    ValidationResult result = validate(TestApps.app(s -> s.driver(d -> d.cores(1).addSidecars(sidecar))));

    assertThat(violations(result, ProbeRules.NAMED_PORT)).containsExactly("spec.driver.sidecars[0].livenessProbe"
        + ".httpGet.port: error: container 'agent' has no port named 'metrics' (it has admin): add the port to the "
        + "container's ports or give the port number [probe-named-port]");
  }

  @Test
  void namedPortsOfTheSparkContainerIncludeThePortsSparkAdds() {
    Probe probe = new ProbeBuilder().withNewHttpGet().withNewPort("spark-ui").endHttpGet().build();

    assertThat(validate(withDriverContainers(driverWithLiveness(probe))).violations()).isEmpty();
  }

  @Test
  void plainInitContainersMayNotHaveProbes() {
    Container init = new ContainerBuilder().withName("setup").withLivenessProbe(TestApps.tcpProbe(80)).build();
    Container sidecar = new ContainerBuilder(init).withName("proxy").withRestartPolicy("Always").build();

    ValidationResult result = validate(TestApps.app(s -> s.driver(d -> d.cores(1).template(new PodTemplateSpecBuilder()
        .withNewSpec().withInitContainers(init, sidecar).endSpec().build()))));

    assertThat(violations(result, ProbeRules.INIT_CONTAINER)).containsExactly("spec.driver.template.spec"
        + ".initContainers[0].livenessProbe: error: an init container may not have a livenessProbe unless its "
        + "restartPolicy is Always (a sidecar): remove the probe or set restartPolicy: Always [probe-init-container]");
  }
}
