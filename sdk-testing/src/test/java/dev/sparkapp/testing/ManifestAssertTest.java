package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.TestApps.message;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;
import static dev.sparkapp.testing.SparkAssertions.assertThatYaml;

import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestAssertTest {
  private static final String CONFIG_MAP = """
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: spark-conf
      data:
        a: b
      """;

  @TempDir Path dir;

  private static String yaml(Object... resources) {
    return SparkYaml.strict().toYaml(List.of(resources));
  }

  @Test
  void applicationIsTheOnlySparkApplicationBesideOtherKinds() {
    assertThatYaml(CONFIG_MAP + "---\n" + yaml(TestApps.sparkPi())).application().hasName("spark-pi");
  }

  @Test
  void applicationReportsAManifestWithoutOne() {
    assertThatThrownBy(() -> assertThatYaml(CONFIG_MAP).application().hasName("spark-pi"))
        .hasMessage(message("%nExpecting metadata.name to be:%n  \"spark-pi\"%nbut the manifest holds no SparkApplication"));
  }

  @Test
  void applicationReportsAManifestWithSeveral() {
    assertThatThrownBy(() -> assertThatYaml(yaml(TestApps.sparkPi(), TestApps.bare())).application().hasImage("x"))
        .hasMessage(message("%nExpecting spec.image to be:%n  \"x\"%nbut the manifest holds 2 SparkApplications;"
            + " name the one to check"));
  }

  @Test
  void applicationByNamePicksOneOfSeveral() {
    assertThatYaml(yaml(TestApps.sparkPi(), TestApps.bare())).application("bare").hasName("bare");
  }

  @Test
  void applicationByNameReportsAMissingName() {
    assertThatThrownBy(() -> assertThatYaml(yaml(TestApps.sparkPi())).application("spark-py").driver().hasCores(1))
        .hasMessage(message("%nExpecting spec.driver.cores to be:%n  1%nbut the manifest holds no SparkApplication"
            + " named \"spark-py\""));
  }

  @Test
  void scheduledApplicationIsTheOnlyScheduledSparkApplication() {
    assertThatYaml(yaml(TestApps.sparkPi(), TestApps.nightly())).scheduledApplication().hasSchedule("0 2 * * *");
    assertThatYaml(yaml(TestApps.nightly())).scheduledApplication("nightly").hasNamespace("jobs");
  }

  @Test
  void scheduledApplicationReportsAManifestWithoutOne() {
    assertThatThrownBy(() -> assertThatYaml(yaml(TestApps.sparkPi())).scheduledApplication("nightly").hasSchedule("@daily"))
        .hasMessage(message("%nExpecting spec.schedule to be:%n  \"@daily\"%nbut the manifest holds no"
            + " ScheduledSparkApplication named \"nightly\""));
  }

  @Test
  void sparkConnectIsTheOnlySparkConnect() {
    assertThatYaml(yaml(TestApps.sparkPi(), SparkConnectAssertTest.connect())).sparkConnect()
        .hasName("spark-connect").server().hasCores(1);
  }

  @Test
  void sparkConnectReportsAManifestWithoutOne() {
    assertThatThrownBy(() -> assertThatYaml(yaml(TestApps.sparkPi())).sparkConnect().hasName("spark-connect"))
        .hasMessage(message("%nExpecting metadata.name to be:%n  \"spark-connect\"%nbut the manifest holds no SparkConnect"));
  }

  @Test
  void sparkConnectByNameReportsAMissingName() {
    assertThatThrownBy(() -> assertThatYaml(yaml(SparkConnectAssertTest.connect())).sparkConnect("other")
        .hasImage("apache/spark:4.0.1"))
        .hasMessage(message("%nExpecting spec.image to be:%n  \"apache/spark:4.0.1\"%n"
            + "but the manifest holds no SparkConnect named \"other\""));
  }

  @Test
  void resourceNavigatesToAnyKindWithItsAssertion() {
    String manifest = yaml(TestApps.sparkPi(), SparkConnectAssertTest.connect(), TestApps.nightly());
    assertThatYaml(manifest).resource(SparkConnect.class, SparkAssertions::assertThat).hasName("spark-connect");
    assertThatYaml(manifest).resource(ScheduledSparkApplication.class, "nightly", ScheduledSparkApplicationAssert::new)
        .hasSchedule("0 2 * * *");
    assertThatThrownBy(() -> assertThatYaml(yaml(TestApps.sparkPi(), TestApps.sparkPi()))
        .resource(SparkApplication.class, SparkApplicationAssert::new).hasName("spark-pi"))
        .hasMessageEndingWith("but the manifest holds 2 SparkApplications; name the one to check");
  }

  @Test
  void sparkConfOfAMissingResourceSaysWhatIsMissing() {
    assertThatThrownBy(() -> assertThatYaml(CONFIG_MAP).sparkConnect().sparkConf().containsKey("a"))
        .hasMessage(message("[spec.sparkConf (the manifest holds no SparkConnect)] %n"
            + "Expecting spec.sparkConf to be checked%nbut spec.sparkConf is not set"));
  }

  @Test
  void matchesSnapshotComparesEveryDocument() throws IOException {
    String manifest = CONFIG_MAP + "---\n" + yaml(TestApps.sparkPi());
    Path snapshot = Files.writeString(dir.resolve("all.yaml"), SparkYaml.strict().toYaml(
        SparkYaml.strict().read(manifest).resources()));

    assertThatYaml(manifest).matchesSnapshot(snapshot);
  }

  @Test
  void matchesSnapshotShowsADiffOfTheSecondDocument() throws IOException {
    String manifest = CONFIG_MAP + "---\n" + yaml(TestApps.bare());
    Path snapshot = Files.writeString(dir.resolve("all.yaml"), CONFIG_MAP + """
        ---
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: old
        spec: {}
        """);

    assertThatThrownBy(() -> assertThatYaml(manifest).matchesSnapshot(snapshot))
        .hasMessage(message("%nExpecting the YAML to match the snapshot %s%nbut it differs:%n"
            + "--- %s (snapshot)%n+++ actual%n@@ -8,5 +8,5 @@%n"
            + " apiVersion: sparkoperator.k8s.io/v1beta2%n kind: SparkApplication%n metadata:%n"
            + "-  name: old%n+  name: bare%n spec: {}%n"
            + "If the change is intended, run with -Dsparkapp.updateSnapshots=true and commit the snapshot.",
            snapshot, snapshot));
  }

  @Test
  void aConstructedManifestAssertWorksOnResourcesFromCode() {
    new ManifestAssert(List.of(TestApps.sparkPi())).application().executor().hasInstances(2);
    assertThat(TestApps.sparkPi()).hasName("spark-pi");
  }

  @Test
  void isValidChecksEverySparkResourceAndSkipsOtherKinds() {
    assertThatYaml(CONFIG_MAP + "---\n" + yaml(TestApps.sparkPi(), TestApps.nightly())).isValid();

    Stream<String> warnings = ManifestValidator.defaults().validate(TestApps.sparkPi()).violations().stream()
        .map(violation -> "SparkApplication \"spark-pi\": " + violation);
    Stream<String> errors = ManifestValidator.defaults().validate(TestApps.bare()).violations().stream()
        .map(violation -> "SparkApplication \"bare\": " + violation);
    String listed = Stream.concat(warnings, errors).collect(Collectors.joining(System.lineSeparator() + "  "));
    assertThatThrownBy(() -> assertThatYaml(yaml(TestApps.sparkPi(), TestApps.bare())).isValid())
        .hasMessage(message("%nExpecting the manifest to be valid%nbut validation found:%n  %s", listed));
  }

  @Test
  void apacheKindsAreFoundBesideTheKubeflowOnes() {
    String manifest = yaml(TestApps.sparkPi(), ApacheSparkApplicationAssertTest.pi(), ApacheSparkClusterAssertTest.prod());

    assertThatYaml(manifest).apacheApplication().hasMainClass("org.apache.spark.examples.SparkPi")
        .driver().startupProbe().isHttpGet(4040, "/api/v1/version");
    assertThatYaml(manifest).apacheApplication("pi").hasSparkVersion("4.0.1");
    assertThatYaml(manifest).apacheCluster().hasInitWorkers(3);
    assertThatYaml(manifest).apacheCluster("prod").hasMaxWorkers(5);
    assertThatYaml(manifest).application().hasName("spark-pi");
    assertThatYaml(manifest).isValid();
  }

  @Test
  void apacheKindsReportAManifestWithoutOne() {
    assertThatThrownBy(() -> assertThatYaml(yaml(TestApps.sparkPi())).apacheApplication().hasName("pi"))
        .hasMessage(message("%nExpecting metadata.name to be:%n  \"pi\"%nbut the manifest holds no ApacheSparkApplication"));
    assertThatThrownBy(() -> assertThatYaml(yaml(TestApps.sparkPi())).apacheCluster("qa").hasName("qa"))
        .hasMessage(message("%nExpecting metadata.name to be:%n  \"qa\"%nbut the manifest holds no ApacheSparkCluster named \"qa\""));
  }

  @Test
  void isValidChecksTheApacheResourcesToo() {
    String unordered = yaml(TestApps.sparkPi()) + "---\n" + """
        apiVersion: spark.apache.org/v1
        kind: SparkCluster
        metadata:
          name: qa
        spec:
          clusterTolerations:
            instanceConfig:
              initWorkers: 1
              maxWorkers: 1
              minWorkers: 3
          runtimeVersions:
            sparkVersion: 4.0.1
        """;

    assertThatThrownBy(() -> assertThatYaml(unordered).isValid())
        .hasMessageContaining("SparkCluster \"qa\": spec.clusterTolerations.instanceConfig.minWorkers: error: "
            + "minWorkers (3) is greater than maxWorkers (1)");
  }
}
