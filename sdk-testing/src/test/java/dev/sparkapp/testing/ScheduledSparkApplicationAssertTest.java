package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.TestApps.message;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;

import dev.sparkapp.core.ConcurrencyPolicy;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduledSparkApplicationAssertTest {

  private static ScheduledSparkApplicationAssert nightly() {
    return assertThat(TestApps.nightly());
  }

  @Test
  void checksPassForTheScheduledApplicationsValues() {
    nightly().hasName("nightly")
        .hasNamespace("jobs")
        .hasSchedule("0 2 * * *")
        .hasConcurrencyPolicy(ConcurrencyPolicy.FORBID)
        .hasType(SparkApplicationType.SCALA)
        .hasSparkVersion("4.0.1");
  }

  @Test
  void hasScheduleReportsTheCronExpression() {
    assertThatThrownBy(() -> nightly().hasSchedule("@daily"))
        .hasMessage(message("%nExpecting spec.schedule to be:%n  \"@daily\"%nbut was:%n  \"0 2 * * *\""));
  }

  @Test
  void hasConcurrencyPolicyReportsThePolicy() {
    assertThatThrownBy(() -> nightly().hasConcurrencyPolicy(ConcurrencyPolicy.ALLOW))
        .hasMessage(message("%nExpecting spec.concurrencyPolicy to be:%n  \"Allow\"%nbut was:%n  \"Forbid\""));
  }

  @Test
  void applicationChecksReadTheTemplate() {
    assertThatThrownBy(() -> nightly().hasImage("spark:latest"))
        .hasMessage(message("%nExpecting spec.template.image to be:%n  \"spark:latest\"%n"
            + "but was:%n  \"apache/spark:4.0.1\""));
  }

  @Test
  void driverPathsStartAtTheTemplate() {
    assertThatThrownBy(() -> nightly().driver().livenessProbe().isHttpGet(4040, "/live"))
        .hasMessage(message("%nExpecting spec.template.driver.template.spec.containers[spark-kubernetes-driver]"
            + ".livenessProbe.httpGet.path to be:%n  \"/live\"%nbut was:%n  \"/healthz\""));
  }

  @Test
  void aTemplateThatIsNotSetIsNamed() {
    ScheduledSparkApplication empty = ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("empty")).spec(s -> s.schedule("@hourly")).build();
    assertThatThrownBy(() -> assertThat(empty).executor().hasInstances(1))
        .hasMessage(message("%nExpecting spec.template.executor.instances to be:%n  1%n"
            + "but spec.template was not set"));
  }

  @Test
  void templateAndSparkConfNavigate() {
    nightly().template().hasMode(dev.sparkapp.core.DeployMode.CLUSTER);
    nightly().sparkConf().containsKey("spark.ui.port");
    nightly().executor().hasInstances(2);
  }

  @Test
  void matchesSnapshotComparesTheScheduledApplication(@TempDir Path dir) throws IOException {
    String yaml = SparkYaml.strict().toYaml(TestApps.nightly());
    nightly().matchesSnapshot(Files.writeString(dir.resolve("nightly.yaml"), yaml));

    Path stale = Files.writeString(dir.resolve("stale.yaml"), yaml.replace("schedule: 0 2 * * *", "schedule: '@daily'"));
    assertThatThrownBy(() -> nightly().matchesSnapshot(stale))
        .hasMessageContaining(message("-  schedule: '@daily'%n+  schedule: 0 2 * * *%n"));
  }

  @Test
  void isValidChecksTheScheduledApplication() {
    nightly().isValid();
    ScheduledSparkApplication empty = ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("empty")).spec(s -> s.schedule("@hourly")).build();
    String listed = ManifestValidator.defaults().validate(empty).violations().stream().map(Object::toString)
        .collect(java.util.stream.Collectors.joining(System.lineSeparator() + "  "));

    assertThatThrownBy(() -> assertThat(empty).isValid())
        .hasMessage(message("%nExpecting ScheduledSparkApplication \"empty\" to be valid%nbut validation found:%n  %s",
            listed));
  }
}
