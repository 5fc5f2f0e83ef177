package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.TestApps.message;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

class SparkApplicationAssertTest {

  private static SparkApplicationAssert sparkPi() {
    return assertThat(TestApps.sparkPi());
  }

  @Test
  void checksPassForTheApplicationsValues() {
    sparkPi().hasName("spark-pi")
        .hasNamespace("default")
        .hasImage("apache/spark:4.0.1")
        .hasType(SparkApplicationType.SCALA)
        .hasMode(DeployMode.CLUSTER)
        .hasSparkVersion("4.0.1")
        .hasRestartPolicy(RestartPolicyType.NEVER);
  }

  @Test
  void hasNameReportsTheName() {
    assertThatThrownBy(() -> sparkPi().hasName("spark-py"))
        .hasMessage(message("%nExpecting metadata.name to be:%n  \"spark-py\"%nbut was:%n  \"spark-pi\""));
  }

  @Test
  void hasNamespaceReportsANamespaceThatIsNotSet() {
    assertThatThrownBy(() -> assertThat(TestApps.bare()).hasNamespace("default"))
        .hasMessage(message("%nExpecting metadata.namespace to be:%n  \"default\"%nbut it was not set"));
  }

  @Test
  void hasImageReportsTheSpecImage() {
    assertThatThrownBy(() -> sparkPi().hasImage("spark:latest"))
        .hasMessage(message("%nExpecting spec.image to be:%n  \"spark:latest\"%nbut was:%n  \"apache/spark:4.0.1\""));
  }

  @Test
  void hasTypeReportsTheSpecType() {
    assertThatThrownBy(() -> sparkPi().hasType(SparkApplicationType.JAVA))
        .hasMessage(message("%nExpecting spec.type to be:%n  Java%nbut was:%n  Scala"));
  }

  @Test
  void hasModeReportsTheSpecMode() {
    assertThatThrownBy(() -> sparkPi().hasMode(DeployMode.CLIENT))
        .hasMessage(message("%nExpecting spec.mode to be:%n  client%nbut was:%n  cluster"));
  }

  @Test
  void hasSparkVersionReportsTheSpecVersion() {
    assertThatThrownBy(() -> sparkPi().hasSparkVersion("3.5.6"))
        .hasMessage(message("%nExpecting spec.sparkVersion to be:%n  \"3.5.6\"%nbut was:%n  \"4.0.1\""));
  }

  @Test
  void hasRestartPolicyReportsTheSpecPolicy() {
    assertThatThrownBy(() -> sparkPi().hasRestartPolicy(RestartPolicyType.ON_FAILURE))
        .hasMessage(message("%nExpecting spec.restartPolicy.type to be:%n  OnFailure%nbut was:%n  Never"));
  }

  @Test
  void sparkConfNavigatesToTheSpecSparkConf() {
    sparkPi().sparkConf().containsEntry("spark.ui.port", "4040").hasSize(1);
  }

  @Test
  void sparkConfFailuresNameTheMap() {
    assertThatThrownBy(() -> sparkPi().sparkConf().containsEntry("spark.ui.port", "4041"))
        .hasMessageStartingWith("[spec.sparkConf] ");
  }

  @Test
  void checksOnASparkConfThatIsNotSetSayItIsNotSet() {
    assertThatThrownBy(() -> assertThat(TestApps.bare()).sparkConf().containsEntry("spark.ui.port", "4040"))
        .hasMessage(message("[spec.sparkConf] %nExpecting spec.sparkConf to be checked%nbut spec.sparkConf is not set"));
    assertThat(TestApps.bare()).sparkConf().isNull();
    assertThat(TestApps.bare()).sparkConf().isNullOrEmpty();
  }

  @Test
  void aSparkConfThatIsNotSetKeepsTheUsersDescription() {
    assertThatThrownBy(() -> assertThat(TestApps.bare()).as("the conf").sparkConf().containsKey("a"))
        .hasMessage(message("[the conf] %nExpecting spec.sparkConf to be checked%nbut spec.sparkConf is not set"));
  }

  @Test
  void driverAndExecutorNavigateBelowSpec() {
    sparkPi().driver().hasMemory("512m");
    assertThatThrownBy(() -> sparkPi().executor().hasMemory("1g"))
        .hasMessage(message("%nExpecting spec.executor.memory to be:%n  \"1g\"%nbut was:%n  \"512m\""));
  }

  @Test
  void aDescriptionCarriesOverNavigation() {
    assertThatThrownBy(() -> sparkPi().as("nightly job").driver().livenessProbe().hasPeriodSeconds(30))
        .hasMessage(message("[nightly job] %nExpecting spec.driver.template.spec.containers[spark-kubernetes-driver]"
            + ".livenessProbe.periodSeconds to be:%n  30%nbut was:%n  10"));
  }

  @Test
  void extractingNavigatesToAnyValueKeepingTheDescription() {
    assertThatThrownBy(() -> sparkPi().as("spark-pi")
            .extracting(app -> app.spec().mainClass().orElseThrow(), SparkAssertions::assertThat)
            .endsWith("SparkPy"))
        .hasMessageStartingWith("[spark-pi] ");
  }

  @Test
  void matchesSnapshotPassesForTheCanonicalYaml(@TempDir Path dir) throws IOException {
    Path snapshot = Files.writeString(dir.resolve("spark-pi.yaml"), SparkYaml.strict().toYaml(TestApps.sparkPi()));
    sparkPi().matchesSnapshot(snapshot);
  }

  @Test
  void theSnapshotOfAnAppWithALogStalenessProbeHoldsItsConfigMap(@TempDir Path dir) throws IOException {
    SparkApplication app = SparkApplication.builder().from(TestApps.sparkPi())
        .spec(s -> s.from(TestApps.sparkPi().spec())
            .executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5)))))
        .build();
    Path alone = Files.writeString(dir.resolve("alone.yaml"), SparkYaml.strict().toYamlDocument(app));

    assertThatThrownBy(() -> assertThat(app).matchesSnapshot(alone)).hasMessageContaining("+kind: ConfigMap");
    assertThat(SparkYaml.strict().read(Files.readString(alone)).resources()).hasSize(1);
  }

  @Test
  void matchesSnapshotFailsWithAUnifiedDiff(@TempDir Path dir) throws IOException {
    String stale = SparkYaml.strict().toYaml(TestApps.sparkPi()).replace("image: apache/spark:4.0.1", "image: apache/spark:3.5.0");
    Path snapshot = Files.writeString(dir.resolve("spark-pi.yaml"), stale);

    assertThatThrownBy(() -> sparkPi().matchesSnapshot(snapshot))
        .hasMessage(message("%nExpecting the YAML to match the snapshot %s%nbut it differs:%n"
            + "--- %s (snapshot)%n+++ actual%n@@ -46,7 +46,7 @@%n"
            + "     cores: 1%n     instances: 2%n     memory: 512m%n"
            + "-  image: apache/spark:3.5.0%n+  image: apache/spark:4.0.1%n"
            + "   mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar%n"
            + "   mainClass: org.apache.spark.examples.SparkPi%n   mode: cluster%n"
            + "If the change is intended, run with -Dsparkapp.updateSnapshots=true and commit the snapshot.",
            snapshot, snapshot));
    assertThat(snapshot).hasContent(stale.stripTrailing());
  }

  @Test
  @DisabledIfEnvironmentVariable(named = "CI", matches = ".*", disabledReason = "on CI missing snapshots fail")
  void matchesSnapshotWritesAMissingSnapshotAndSaysSo(@TempDir Path dir) {
    Path snapshot = dir.resolve("snapshots/spark-pi.yaml");
    PrintStream stderr = System.err;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
    try {
      sparkPi().matchesSnapshot(snapshot);
    } finally {
      System.setErr(stderr);
    }

    assertThat(snapshot).content(StandardCharsets.UTF_8).isEqualTo(SparkYaml.strict().toYaml(TestApps.sparkPi()));
    assertThat(said.toString(StandardCharsets.UTF_8))
        .isEqualTo(message("sparkapp: wrote snapshot %s (there was no snapshot)%n", snapshot));
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "CI", matches = ".*", disabledReason = "off CI missing snapshots are written")
  void matchesSnapshotOnCiFailsForAMissingSnapshotAndWritesNothing(@TempDir Path dir) {
    Path snapshot = dir.resolve("snapshots/spark-pi.yaml");

    assertThatThrownBy(() -> sparkPi().matchesSnapshot(snapshot))
        .hasMessage(message("%nExpecting the snapshot %s%nbut there is none, and on CI (CI is set) none is written:"
            + "%nrun the test locally, review the new file and commit it", snapshot));
    assertThat(snapshot).doesNotExist();
  }

  @Test
  void matchesSnapshotOfANullApplicationFailsLikeAssertJ(@TempDir Path dir) {
    assertThatThrownBy(() -> assertThat((SparkApplication) null).matchesSnapshot(dir.resolve("x.yaml")))
        .hasMessage(message("%nExpecting actual not to be null"));
  }

  @Test
  void isValidPassesForAValidApplication() {
    sparkPi().isValid();
  }

  @Test
  void isValidListsEveryViolation() {
    ValidationResult result = ManifestValidator.defaults().validate(TestApps.bare());
    assertThat(result.violations()).hasSizeGreaterThan(1);
    String listed = result.violations().stream().map(Object::toString)
        .collect(Collectors.joining(System.lineSeparator() + "  "));

    assertThatThrownBy(() -> assertThat(TestApps.bare()).isValid())
        .hasMessage(message("%nExpecting SparkApplication \"bare\" to be valid%nbut validation found:%n  %s", listed));
  }
}
