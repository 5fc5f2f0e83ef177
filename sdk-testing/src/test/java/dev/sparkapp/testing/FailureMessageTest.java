package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;
import static dev.sparkapp.testing.SparkAssertions.assertThatYaml;
import static dev.sparkapp.testing.TestApps.message;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User text ({@code %n}, {@code %s} in a log4j pattern, a name, a path, a diff) shows in failure messages
 * as written, in every family of the SDK's failures: none reads it as a format.
 */
class FailureMessageTest {
  /** A log4j pattern: read as a format, {@code %n} becomes a line break and {@code %s} a missing argument. */
  private static final String PATTERN = "%d %p %c: %m%n%ex %s";

  @TempDir Path dir;

  private static SparkApplication withPattern() {
    return SparkApplication.builder().from(TestApps.sparkPi())
        .spec(s -> s.from(TestApps.sparkPi().spec()).sparkConf(Map.of("spark.log.pattern", PATTERN)))
        .build();
  }

  @Test
  void aSnapshotDiffShowsPercentSequencesAsWritten() throws IOException {
    Path snapshot = Files.writeString(dir.resolve("spark-pi.yaml"), SparkYaml.strict().toYaml(TestApps.sparkPi()));

    assertThatThrownBy(() -> assertThat(withPattern()).matchesSnapshot(snapshot))
        .hasMessageContaining(message("-    spark.ui.port: \"4040\"%n+    spark.log.pattern: \"" + PATTERN.replace("%", "%%")
            + "\"%n"));
  }

  @Test
  void aManifestSnapshotDiffShowsPercentSequencesAsWritten() throws IOException {
    Path snapshot = Files.writeString(dir.resolve("manifest.yaml"), SparkYaml.strict().toYaml(TestApps.sparkPi()));

    assertThatThrownBy(() -> assertThatYaml(SparkYaml.strict().toYaml(withPattern())).matchesSnapshot(snapshot))
        .hasMessageContaining("+    spark.log.pattern: \"" + PATTERN + "\"");
  }

  @Test
  void aFieldValueFailureShowsPercentSequencesAsWritten() {
    assertThatThrownBy(() -> assertThat(TestApps.sparkPi()).hasName("pi%nsecond line %s"))
        .hasMessage(message("%nExpecting metadata.name to be:%n  \"pi%%nsecond line %%s\"%nbut was:%n  \"spark-pi\""));
  }

  @Test
  void aNotSetFailureShowsPercentSequencesAsWritten() {
    assertThatThrownBy(() -> assertThat(TestApps.bare()).hasNamespace("ns%n%s"))
        .hasMessage(message("%nExpecting metadata.namespace to be:%n  \"ns%%n%%s\"%nbut it was not set"));
  }

  @Test
  void aProbeFailureShowsPercentSequencesAsWritten() {
    SparkApplication app = SparkApplication.builder().from(TestApps.sparkPi())
        .spec(s -> s.from(TestApps.sparkPi().spec()).driver(d -> d.from(TestApps.sparkPi().spec().driver().get())
            .template(new PodTemplateSpecBuilder().withNewSpec().addNewContainer().withName("spark-kubernetes-driver")
                .withLivenessProbe(new ProbeBuilder().withNewHttpGet().withPort(new IntOrString(4040))
                    .withPath("/health%n%s").endHttpGet().build())
                .endContainer().endSpec().build())))
        .build();

    assertThatThrownBy(() -> assertThat(app).driver().livenessProbe().isHttpGet(4040, "/healthz"))
        .hasMessageContaining("\"/health%n%s\"");
  }

  @Test
  void aContainerFailureShowsPercentSequencesAsWritten() {
    assertThatThrownBy(() -> assertThat(TestApps.sparkPi()).driver().container().hasEnv("SPARK_LOG_DIR", "%n%s"))
        .hasMessageContaining("\"%n%s\"");
  }

  @Test
  void aValidationFailureShowsPercentSequencesAsWritten() {
    SparkApplication app = SparkApplication.builder().from(TestApps.sparkPi())
        .spec(s -> s.from(TestApps.sparkPi().spec()).driver(d -> d.from(TestApps.sparkPi().spec().driver().get())
            .memory("1%ng")))
        .build();

    assertThatThrownBy(() -> assertThat(app).isValid()).hasMessageContaining("1%ng");
  }

  @Test
  void aMissingResourceNamedWithPercentSequencesIsNamedAsWritten() {
    assertThatThrownBy(() -> assertThatYaml(SparkYaml.strict().toYaml(TestApps.sparkPi()))
        .application("pi%n%s").sparkConf().containsEntry("a", "b"))
        .hasMessageContaining("the manifest holds no SparkApplication named \"pi%n%s\"");
  }

  @Test
  void softAssertionsShowPercentSequencesAsWritten() throws IOException {
    Path snapshot = Files.writeString(dir.resolve("spark-pi.yaml"), SparkYaml.strict().toYaml(TestApps.sparkPi()));
    SparkSoftAssertions softly = new SparkSoftAssertions();
    softly.assertThat(withPattern()).matchesSnapshot(snapshot);
    softly.assertThat(withPattern()).hasName("pi%n%s");

    assertThatThrownBy(softly::assertAll).isInstanceOf(AssertJMultipleFailuresError.class)
        .hasMessageContaining("+    spark.log.pattern: \"" + PATTERN + "\"")
        .hasMessageContaining("\"pi%n%s\"")
        .hasMessageContaining("at FailureMessageTest.softAssertionsShowPercentSequencesAsWritten");
  }
}
