package dev.sparkapp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.yaml.SparkYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

class SparkSoftAssertionsTest {
  private static final String DRIVER_CONTAINER = "spec.driver.template.spec.containers[spark-kubernetes-driver]";

  /** The collected messages without the {@code at Test.method(File.java:line)} line AssertJ appends. */
  private static List<String> messages(SparkSoftAssertions softly) {
    return softly.errorsCollected().stream()
        .map(error -> error.getMessage().replaceFirst("\\Rat SparkSoftAssertionsTest\\.[^\\n]*$", ""))
        .toList();
  }

  @Test
  void collectsFailuresAcrossNavigationInsteadOfStopping() {
    SparkSoftAssertions softly = new SparkSoftAssertions();

    softly.assertThat(TestApps.sparkPi()).hasName("other").driver().hasCores(4).livenessProbe().hasPeriodSeconds(30);
    softly.assertThat(TestApps.sparkPi()).executor().hasInstances(2);

    assertThat(messages(softly)).containsExactly(
        String.format("%nExpecting metadata.name to be:%n  \"other\"%nbut was:%n  \"spark-pi\""),
        String.format("%nExpecting spec.driver.cores to be:%n  4%nbut was:%n  1"),
        String.format("%nExpecting %s.livenessProbe.periodSeconds to be:%n  30%nbut was:%n  10", DRIVER_CONTAINER));
  }

  @Test
  void navigatingPastFieldsThatAreNotSetKeepsCollecting() {
    SparkSoftAssertions softly = new SparkSoftAssertions();

    softly.assertThat(TestApps.bare()).driver().livenessProbe().isHttpGet(4040, "/").hasPeriodSeconds(10);
    softly.assertThat(TestApps.bare()).executor().startupProbe().isNotPresent();

    assertThat(messages(softly)).containsExactly(
        String.format("%nExpecting %s.livenessProbe to be:%n  an httpGet probe%nbut spec.driver was not set",
            DRIVER_CONTAINER),
        String.format("%nExpecting %s.livenessProbe.periodSeconds to be:%n  10%nbut spec.driver was not set",
            DRIVER_CONTAINER));
  }

  @Test
  void collectsSparkConfAndScheduledAndProbeFailures() {
    SparkSoftAssertions softly = new SparkSoftAssertions();

    softly.assertThat(TestApps.sparkPi()).sparkConf().containsKey("spark.eventLog.enabled");
    softly.assertThat(TestApps.nightly()).hasSchedule("@daily").template().hasImage("x");
    softly.assertThat(TestApps.tcpProbe()).isExec();
    softly.assertThat("plain AssertJ").startsWith("fancy");

    List<String> messages = messages(softly);
    assertThat(messages).hasSize(5);
    assertThat(messages.get(0)).startsWith("[spec.sparkConf] ");
    assertThat(messages.get(2))
        .isEqualTo(String.format("%nExpecting spec.template.image to be:%n  \"x\"%nbut was:%n  \"apache/spark:4.0.1\""));
    assertThat(messages.get(3))
        .isEqualTo(String.format("%nExpecting <root> to be:%n  an exec probe%nbut was:%n  a tcpSocket probe"));
  }

  @Test
  void anUnreadableManifestIsOneCollectedFailureAndChecksOnItFailToo() {
    SparkSoftAssertions softly = new SparkSoftAssertions();

    softly.assertThatYaml("kind: SparkApplication\nkind: twice\n").application().hasName("spark-pi");

    List<String> messages = messages(softly);
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).startsWith(String.format("%nExpecting a readable manifest%nbut:%n  <string>:2:1: "));
    assertThat(messages.get(1))
        .isEqualTo(String.format("%nExpecting metadata.name to be:%n  \"spark-pi\"%nbut the manifest could not be read"));
  }

  @Test
  void aReadableManifestIsCheckedSoftly(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("app.yaml"), SparkYaml.strict().toYaml(TestApps.sparkPi()));
    SparkSoftAssertions softly = new SparkSoftAssertions();

    softly.assertThatYaml(file).application().hasName("spark-pi").driver().hasCores(2);

    assertThat(messages(softly))
        .containsExactly(String.format("%nExpecting spec.driver.cores to be:%n  2%nbut was:%n  1"));
  }

  @Test
  void assertAllReportsEveryFailure() {
    SparkSoftAssertions softly = new SparkSoftAssertions();
    softly.assertThat(TestApps.sparkPi()).hasNamespace("prod").executor().hasMemory("2g");

    assertThatThrownBy(softly::assertAll)
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("Expecting metadata.namespace to be:")
        .hasMessageContaining("Expecting spec.executor.memory to be:");
  }

  @Test
  void passingChecksCollectNothing() {
    SparkSoftAssertions softly = new SparkSoftAssertions();
    softly.assertThat(TestApps.sparkPi()).hasName("spark-pi").driver().livenessProbe().isHttpGet(4040, "/healthz");
    softly.assertThat(TestApps.nightly()).executor().hasInstances(2);

    assertThat(softly.errorsCollected()).isEmpty();
  }

  @Test
  void theJUnitExtensionInjectsItAndReportsEveryFailureAfterTheTest() {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(ExtensionUser.class)).build(), listener);

    TestExecutionSummary summary = listener.getSummary();
    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    assertThat(summary.getFailures().get(0).getException())
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining(String.format("Expecting spec.driver.memory to be:%n  \"1g\"%nbut was:%n  \"512m\""))
        .hasMessageContaining(String.format("Expecting spec.executor.cores to be:%n  3%nbut was:%n  1"));
  }

  /** Run only by the test above, through the JUnit launcher; Surefire skips nested classes. */
  @ExtendWith(SoftAssertionsExtension.class)
  static class ExtensionUser {
    @InjectSoftAssertions SparkSoftAssertions softly;

    @Test
    void checksTheDriverAndTheExecutors() {
      softly.assertThat(TestApps.sparkPi()).driver().hasMemory("1g").readinessProbe().isTcpSocket(7078);
      softly.assertThat(TestApps.sparkPi()).executor().hasCores(3);
    }
  }
}
