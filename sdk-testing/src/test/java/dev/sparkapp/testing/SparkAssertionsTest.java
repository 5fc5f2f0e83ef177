package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.SparkAssertions.assertThatCode;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;
import static dev.sparkapp.testing.SparkAssertions.assertThatYaml;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.yaml.ManifestException;
import dev.sparkapp.yaml.SparkYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkAssertionsTest {
  private static final String MISSPELLED = """
      apiVersion: sparkoperator.k8s.io/v1beta2
      kind: SparkApplication
      metadata:
        name: spark-pi
      spec:
        drivr:
          cores: 1
      """;

  @TempDir Path dir;

  private static String readFailure(String yaml, String source) {
    try {
      SparkYaml.strict().read(yaml, source);
    } catch (ManifestException e) {
      return e.getMessage();
    }
    throw new IllegalStateException("expected the manifest to be unreadable");
  }

  @Test
  void assertThatYamlReadsATextManifest() {
    assertThatYaml(SparkYaml.strict().toYaml(TestApps.sparkPi())).application().hasName("spark-pi");
  }

  @Test
  void assertThatYamlReportsAReadErrorWithLineAndColumn() {
    String reason = readFailure(MISSPELLED, "<string>");
    assertThat(reason).startsWith("<string>:6:3: spec.drivr: ");

    assertThatThrownBy(() -> assertThatYaml(MISSPELLED))
        .isInstanceOf(AssertionError.class)
        .hasCauseInstanceOf(ManifestException.class)
        .hasMessage(String.format("%nExpecting a readable manifest%nbut:%n  %s", reason));
  }

  @Test
  void assertThatYamlReadsAFileAndNamesItInReadErrors() throws IOException {
    Path good = Files.writeString(dir.resolve("good.yaml"), SparkYaml.strict().toYaml(TestApps.nightly()));
    assertThatYaml(good).scheduledApplication().hasName("nightly");

    Path bad = Files.writeString(dir.resolve("bad.yaml"), MISSPELLED);
    assertThatThrownBy(() -> assertThatYaml(bad))
        .hasMessage(String.format("%nExpecting a readable manifest%nbut:%n  %s", readFailure(MISSPELLED, bad.toString())));
  }

  @Test
  void assertThatYamlReportsAFileThatDoesNotExist() {
    Path missing = dir.resolve("missing.yaml");
    assertThatThrownBy(() -> assertThatYaml(missing))
        .hasMessage(String.format("%nExpecting a readable manifest%nbut:%n  %s: no such file", missing));
  }

  @Test
  void assertJAssertionsComeWithTheSameImport() {
    assertThat("spark-pi").startsWith("spark");
    assertThat(List.of(1, 2)).hasSize(2);
  }

  @Test
  void snapshotTestsMakeOneNamedTestPerItem() throws IOException {
    Files.writeString(dir.resolve("spark-pi.yaml"), SparkYaml.strict().toYaml(TestApps.sparkPi()));
    Files.writeString(dir.resolve("bare.yaml"), "kind: Stale\n");

    List<DynamicTest> tests = SparkAssertions.snapshotTests(dir, List.of(TestApps.sparkPi(), TestApps.bare()),
        (SparkApplication app) -> app.name().orElseThrow(), app -> app).toList();

    assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("spark-pi", "bare");
    assertThatCode(() -> tests.get(0).getExecutable().execute()).doesNotThrowAnyException();
    assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
        .hasMessageContaining("Expecting the YAML to match the snapshot " + dir.resolve("bare.yaml"))
        .hasMessageContaining("-kind: Stale");
  }

  @Test
  void snapshotTestsRenderAListAsOneDocumentPerResource() throws IOException {
    List<Object> resources = List.of(TestApps.sparkPi(), TestApps.nightly());
    Files.writeString(dir.resolve("both.yaml"), SparkYaml.strict().toYaml(resources));

    List<DynamicTest> tests = SparkAssertions.snapshotTests(dir, List.of("both"), name -> name, name -> resources)
        .toList();

    assertThatCode(() -> tests.get(0).getExecutable().execute()).doesNotThrowAnyException();
  }
}
