package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;
import static dev.sparkapp.testing.TestApps.message;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.apache.ApacheRestartPolicy;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApacheSparkApplicationAssertTest {
  /** The Apache operator's pi example with the probes of the apache-pi sample: startup and liveness on the UI. */
  static ApacheSparkApplication pi() {
    return pi(ProbeSet.none()
        .driver(d -> d.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi()))
        .executor(e -> e.livenessProbe(Probes.blockManager())));
  }

  static ApacheSparkApplication pi(ProbeSet probes) {
    return ApacheSparkApplication.builder()
        .metadata(m -> m.withName("pi").withNamespace("default"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1").scalaVersion("2.13"))
            .mainClass("org.apache.spark.examples.SparkPi")
            .jars("local:///opt/spark/examples/jars/spark-examples.jar")
            .putSparkConf("spark.kubernetes.container.image", "apache/spark:{{SPARK_VERSION}}-scala")
            .applicationTolerations(t -> t.applicationTimeoutConfig(c -> c.driverReadyTimeoutMillis(120_000L))))
        .probes(probes)
        .build();
  }

  /** An application without tolerations, probes or pod templates. */
  static ApacheSparkApplication bare() {
    return ApacheSparkApplication.builder()
        .metadata(m -> m.withName("bare"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).pyFiles("local:///opt/job.py"))
        .build();
  }

  @Test
  void checksPassForTheApplicationsValues() {
    assertThat(pi()).hasName("pi").hasNamespace("default").isValid()
        .hasMainClass("org.apache.spark.examples.SparkPi")
        .hasJars("local:///opt/spark/examples/jars/spark-examples.jar")
        .hasSparkVersion("4.0.1").hasScalaVersion("2.13")
        .hasDriverReadyTimeoutMillis(120_000L).hasDriverStartTimeoutMillis(300_000L)
        .hasDriverProbesWithinTimeouts();
    assertThat(pi()).sparkConf().containsEntry("spark.ui.port", "4040").containsEntry("spark.blockManager.port", "7079");
    assertThat(pi()).driver().hasProbe(ProbeKind.STARTUP, Probes.sparkUi()).hasProbe(ProbeKind.LIVENESS, Probes.sparkUi())
        .startupProbe().isHttpGet(4040, "/api/v1/version").hasFailureThreshold(30);
    assertThat(pi()).executor().hasProbe(ProbeKind.LIVENESS, Probes.blockManager()).readinessProbe().isNotPresent();
  }

  @Test
  void fieldFailuresNameTheApacheSpecPath() {
    assertThatThrownBy(() -> assertThat(pi()).hasMainClass("org.example.Other"))
        .hasMessage(message("%nExpecting spec.mainClass to be:%n  \"org.example.Other\"%nbut was:%n"
            + "  \"org.apache.spark.examples.SparkPi\""));
    assertThatThrownBy(() -> assertThat(pi()).hasSparkVersion("3.5.6"))
        .hasMessage(message("%nExpecting spec.runtimeVersions.sparkVersion to be:%n  \"3.5.6\"%nbut was:%n  \"4.0.1\""));
    assertThatThrownBy(() -> assertThat(pi()).hasPyFiles("local:///opt/job.py"))
        .hasMessage(message("%nExpecting spec.pyFiles to be:%n  \"local:///opt/job.py\"%nbut it was not set"));
    assertThatThrownBy(() -> assertThat(bare()).hasJdkVersion("17"))
        .hasMessage(message("%nExpecting spec.runtimeVersions.jdkVersion to be:%n  \"17\"%nbut it was not set"));
  }

  @Test
  void restartPolicyIsCheckedAsWritten() {
    ApacheSparkApplication onFailure = ApacheSparkApplication.builder().from(bare())
        .spec(s -> s.from(bare().spec()).applicationTolerations(
            t -> t.restartConfig(r -> r.restartPolicy(ApacheRestartPolicy.ON_FAILURE).maxRestartAttempts(3L))))
        .build();

    assertThat(onFailure).hasRestartPolicy(ApacheRestartPolicy.ON_FAILURE);
    assertThatThrownBy(() -> assertThat(onFailure).hasRestartPolicy(ApacheRestartPolicy.ALWAYS))
        .hasMessage(message("%nExpecting spec.applicationTolerations.restartConfig.restartPolicy to be:%n"
            + "  Always%nbut was:%n  OnFailure"));
    assertThatThrownBy(() -> assertThat(bare()).hasRestartPolicy(ApacheRestartPolicy.NEVER))
        .hasMessage(message("%nExpecting spec.applicationTolerations.restartConfig.restartPolicy to be:%n"
            + "  Never%nbut it was not set"));
  }

  @Test
  void timeoutsTakeTheOperatorsDefaultWhenNotSetAndSaySo() {
    assertThat(bare()).hasDriverReadyTimeoutMillis(300_000L).hasDriverStartTimeoutMillis(300_000L);

    assertThatThrownBy(() -> assertThat(bare()).hasDriverReadyTimeoutMillis(60_000L))
        .hasMessage(message("%nExpecting spec.applicationTolerations.applicationTimeoutConfig.driverReadyTimeoutMillis"
            + " to be:%n  60000L%nbut was:%n  300000 (not set: the operator's default)"));
    assertThatThrownBy(() -> assertThat(pi()).hasDriverReadyTimeoutMillis(300_000L))
        .hasMessage(message("%nExpecting spec.applicationTolerations.applicationTimeoutConfig.driverReadyTimeoutMillis"
            + " to be:%n  300000L%nbut was:%n  120000L"));
  }

  @Test
  void driverProbesOverTheStartTimeoutFailWithTheRulesFinding() {
    // 0 + 60 x 10 s = 600 s of startup budget for Spark's container, against driverStartTimeoutMillis 300 s.
    ApacheSparkApplication slow = pi(ProbeSet.none()
        .driver(d -> d.startupProbe(Probes.sparkUi().withFailureThreshold(60))));

    assertThatThrownBy(() -> assertThat(slow).hasDriverProbesWithinTimeouts())
        .hasMessageStartingWith(message("%nExpecting the driver's probes to let it be ready within the operator's "
            + "timeouts (driverStartTimeoutMillis 300000, driverReadyTimeoutMillis 120000)%nbut:%n  "
            + "warning: spec.driverSpec.podTemplateSpec.spec.containers[0]: container 'spark-kubernetes-driver' "
            + "may take up to 600 s to be ready"))
        .hasMessageContaining("[apache-probe-over-budget]");
  }

  @Test
  void driverProbesThatCannotBeReadyInTimeFailWithTheErrorRule() {
    ApacheSparkApplication never = pi(ProbeSet.none()
        .driver(d -> d.startupProbe(Probes.sparkUi().withInitialDelay(Duration.ofSeconds(400)))));

    assertThatThrownBy(() -> assertThat(never).hasDriverProbesWithinTimeouts())
        .hasMessageContaining("error: spec.driverSpec.podTemplateSpec.spec.containers[0]: container 'spark-kubernetes-driver' "
            + "cannot be ready before 400 s")
        .hasMessageContaining("[apache-driver-never-ready]");
  }

  @Test
  void hasProbeFailsOnAMissingProbeNamingThePreset() {
    assertThatThrownBy(() -> assertThat(pi()).driver().hasProbe(ProbeKind.READINESS, Probes.sparkUi()))
        .hasMessage(message("%nExpecting spec.driverSpec.podTemplateSpec.spec.containers[spark-kubernetes-driver]"
            + ".readinessProbe to be:%n  the preset \"spark-ui\": an httpGet probe, port 4040 path \"/api/v1/version\", "
            + "initialDelaySeconds 0, periodSeconds 10, timeoutSeconds 5, failureThreshold 3, successThreshold 1%n"
            + "but spec.driverSpec.podTemplateSpec.spec.containers[spark-kubernetes-driver].readinessProbe was not set"));
  }

  @Test
  void hasProbeFailsOnAProbeChangedAfterThePreset() {
    ApacheSparkApplication slower = pi(ProbeSet.none()
        .driver(d -> d.livenessProbe(Probes.sparkUi().withPeriod(Duration.ofSeconds(30)))));

    assertThatThrownBy(() -> assertThat(slower).driver().hasProbe(ProbeKind.LIVENESS, Probes.sparkUi()))
        .hasMessage(message("%nExpecting spec.driverSpec.podTemplateSpec.spec.containers[spark-kubernetes-driver]"
            + ".livenessProbe to be:%n  the preset \"spark-ui\": an httpGet probe, port 4040 path \"/api/v1/version\", "
            + "initialDelaySeconds 60, periodSeconds 15, timeoutSeconds 10, failureThreshold 4, successThreshold 1%n"
            + "but was:%n  an httpGet probe, port 4040 path \"/api/v1/version\", "
            + "initialDelaySeconds 60, periodSeconds 30, timeoutSeconds 10, failureThreshold 4, successThreshold 1"));
  }

  @Test
  void hasProbeFailsWhenThePresetDoesNotFitThePod() {
    // An executor serves no Spark UI.
    assertThatThrownBy(() -> assertThat(pi()).executor().hasProbe(ProbeKind.LIVENESS, Probes.sparkUi()))
        .hasMessageStartingWith(message("%nExpecting spec.executorSpec.podTemplateSpec.spec.containers"
            + "[spark-kubernetes-executor].livenessProbe to be the preset \"spark-ui\"%n"
            + "but the preset does not fit this pod:%n  "));
  }

  @Test
  void sparkContainerIsTheOneSparkConfNamesElseTheFirst() {
    PodTemplateSpecBuilder template = new PodTemplateSpecBuilder().withNewSpec()
        .addNewContainer().withName("sidecar").withLivenessProbe(tcp(9000)).endContainer()
        .addNewContainer().withName("main").withLivenessProbe(tcp(7078)).endContainer()
        .endSpec();
    ApacheSparkApplication firstIsSpark = ApacheSparkApplication.builder().from(bare())
        .spec(s -> s.from(bare().spec()).driverSpec(d -> d.podTemplateSpec(template.build())))
        .build();
    ApacheSparkApplication named = ApacheSparkApplication.builder().from(firstIsSpark)
        .spec(s -> s.from(firstIsSpark.spec()).putSparkConf("spark.kubernetes.driver.podTemplateContainerName", "main"))
        .build();

    assertThat(firstIsSpark).driver().livenessProbe().isTcpSocket(9000);
    assertThat(named).driver().livenessProbe().isTcpSocket(7078);
    assertThatThrownBy(() -> assertThat(named).driver().livenessProbe().isTcpSocket(9000))
        .hasMessage(message("%nExpecting spec.driverSpec.podTemplateSpec.spec.containers[main].livenessProbe.tcpSocket"
            + ".port to be:%n  9000%nbut was:%n  7078"));
  }

  @Test
  void aPodTemplateThatIsNotSetFailsTheCheckThatFollowsNamingIt() {
    assertThatThrownBy(() -> assertThat(bare()).driver().livenessProbe().isHttpGet(4040, "/api/v1/version"))
        .hasMessage(message("%nExpecting spec.driverSpec.podTemplateSpec.spec.containers[spark-kubernetes-driver]"
            + ".livenessProbe to be:%n  an httpGet probe%nbut spec.driverSpec.podTemplateSpec was not set"));
  }

  @Test
  void isValidListsTheApacheRulesViolations() {
    ApacheSparkApplication nothingToRun = ApacheSparkApplication.builder()
        .metadata(m -> m.withName("nothing"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")))
        .build();

    assertThatThrownBy(() -> assertThat(nothingToRun).isValid())
        .hasMessageContaining("Expecting SparkApplication \"nothing\" to be valid");
  }

  @Test
  void softAssertionsCollectApacheFailures() {
    SparkSoftAssertions softly = new SparkSoftAssertions();
    softly.assertThat(pi()).hasMainClass("org.example.Other");
    softly.assertThat(pi()).driver().readinessProbe().isTcpSocket(7078);

    assertThatThrownBy(softly::assertAll).hasMessageContaining("spec.mainClass")
        .hasMessageContaining("spec.driverSpec.podTemplateSpec.spec.containers[spark-kubernetes-driver].readinessProbe");
  }

  private static io.fabric8.kubernetes.api.model.Probe tcp(int port) {
    return new ProbeBuilder().withNewTcpSocket().withPort(new IntOrString(port)).endTcpSocket().build();
  }
}
