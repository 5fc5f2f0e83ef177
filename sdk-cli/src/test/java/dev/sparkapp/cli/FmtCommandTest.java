package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
  private static final String MESSY = "kind: SparkApplication\napiVersion: sparkoperator.k8s.io/v1beta2\n"
      + "metadata: {name: pi}\nspec:\n  type: Scala\n  arguments: [5000x]\n  sparkConf: {spark.ui.enabled: 'true'}\n";
  private static final String CANONICAL = "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\n"
      + "metadata:\n  name: pi\nspec:\n  arguments:\n  - 5000x\n  sparkConf:\n    spark.ui.enabled: \"true\"\n"
      + "  type: Scala\n";

  @Test
  void printsTheCanonicalForm(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("app.yaml"), MESSY);
    CliRun run = CliRun.of("fmt", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(CANONICAL);
    assertThat(Files.readString(file)).isEqualTo(MESSY);
  }

  @Test
  void rewritesTheFileInPlaceWithW(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("app.yaml"), MESSY);
    CliRun run = CliRun.of("fmt", "-w", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file)).isEqualTo(CANONICAL);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void reportsParseErrorsAsFileLineColPathMessageAndExitsOne(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("app.yaml"), MESSY.replace("type: Scala", "tpye: Scala"));
    CliRun run = CliRun.of("fmt", "-w", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(file + ":5:3: spec.tpye: unknown field 'tpye' in SparkApplicationSpec; "
        + "did you mean 'type'?\n");
    assertThat(Files.readString(file)).contains("tpye");
  }

  @Test
  void exitsTwoOnUsageErrorsAndMissingFiles(@TempDir Path dir) {
    assertThat(CliRun.of("fmt").exitCode()).isEqualTo(2);
    CliRun missing = CliRun.of("fmt", dir.resolve("nope.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yaml: no such file");
  }

  @Test
  void writesAnchorsAliasesAndMergeKeysExpanded(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("app.yaml"), "apiVersion: sparkoperator.k8s.io/v1beta2\n"
        + "kind: SparkApplication\nmetadata:\n  name: pi\nspec:\n  driver: &pod\n    cores: 1\n"
        + "    labels: &labels {team: data}\n  executor:\n    <<: *pod\n    cores: 2\n  type: Scala\n");
    CliRun run = CliRun.of("fmt", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\n"
        + "metadata:\n  name: pi\nspec:\n  driver:\n    cores: 1\n    labels:\n      team: data\n"
        + "  executor:\n    cores: 2\n    labels:\n      team: data\n  type: Scala\n");
  }

  @Test
  void theHelpSaysThatAnchorsAreWrittenExpanded() {
    for (CliRun run : new CliRun[] {CliRun.of("fmt", "--help"), CliRun.of("help", "fmt")}) {
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("Anchors (&name), aliases (*name) and << merge keys are written expanded");
    }
  }

  @Test
  void formatsAConcurrencyPolicyTheOperatorDoesNotKnowUnchanged(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("app.yaml"), "kind: ScheduledSparkApplication\n"
        + "apiVersion: sparkoperator.k8s.io/v1beta2\nmetadata: {name: nightly}\n"
        + "spec: {schedule: '@daily', concurrencyPolicy: Queue}\n");
    CliRun run = CliRun.of("fmt", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("apiVersion: sparkoperator.k8s.io/v1beta2\nkind: ScheduledSparkApplication\n"
        + "metadata:\n  name: nightly\nspec:\n  concurrencyPolicy: Queue\n  schedule: '@daily'\n");
  }

  @Test
  void rewritingKeepsTheCommentsOfTheIssuesReproduction(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("app.yaml"), "apiVersion: sparkoperator.k8s.io/v1beta2\n"
        + "kind: SparkApplication\nmetadata:\n  name: pi\nspec: # the spec\n  # comment\n  type: Scala\n"
        + "  arguments: [5000x]\n");

    CliRun run = CliRun.of("fmt", "-w", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(file)).isEqualTo("apiVersion: sparkoperator.k8s.io/v1beta2\n"
        + "kind: SparkApplication\nmetadata:\n  name: pi\nspec: # the spec\n  arguments:\n  - 5000x\n"
        + "  # comment\n  type: Scala\n");
    assertThat(CliRun.of("fmt", file.toString()).out()).isEqualTo(Files.readString(file));
  }

  @Test
  void refusesToRewriteAFileWhoseCommentWouldBeLostNamingTheCommentsPosition(@TempDir Path dir) throws Exception {
    String text = "apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\nmetadata:\n  name: pi\n"
        + "spec:\n  type: Scala\n  sparkConf:\n    spark.a: # to be filled\n";
    Path file = Files.writeString(dir.resolve("app.yaml"), text);

    CliRun run = CliRun.of("fmt", "-w", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith(file + ":8:14: spec.sparkConf[\"spark.a\"]: the comment '# to be filled'"
        + " cannot be kept");
    assertThat(Files.readString(file)).isEqualTo(text);
  }

  @Test
  void acceptsANullValueStrictlyAndLenientlyAndWritesItAsAbsent(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("app.yaml"), "apiVersion: sparkoperator.k8s.io/v1beta2\n"
        + "kind: SparkApplication\nmetadata:\n  name: pi\nspec:\n  type: Scala\n  driver:\n    cores:\n"
        + "  volumes:\n\n");
    for (String[] args : new String[][] {{"fmt", file.toString()}, {"fmt", "--lenient", file.toString()}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).isEqualTo("apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\n"
          + "metadata:\n  name: pi\nspec:\n  driver: {}\n  type: Scala\n");
    }
  }

  @Test
  void rewritesAJsonManifestAsCanonicalJson(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("app.json"), "{\"kind\": \"SparkApplication\", \"apiVersion\":"
        + " \"sparkoperator.k8s.io/v1beta2\", \"metadata\": {\"name\": \"pi\"}, \"spec\": {\"type\": \"Scala\"}}");

    CliRun run = CliRun.of("fmt", "-w", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readString(file)).isEqualTo("{\n  \"apiVersion\" : \"sparkoperator.k8s.io/v1beta2\",\n"
        + "  \"kind\" : \"SparkApplication\",\n  \"metadata\" : {\n    \"name\" : \"pi\"\n  },\n"
        + "  \"spec\" : {\n    \"type\" : \"Scala\"\n  }\n}\n");
  }

  @Test
  void reportsEveryFieldErrorOfADocumentOnItsOwnLine(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("app.yaml"), MESSY.replace("type: Scala", "tpye: Scala")
        .replace("arguments: [5000x]", "arguments: 5000x"));

    CliRun run = CliRun.of("fmt", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).containsExactly(
        file + ":5:3: spec.tpye: unknown field 'tpye' in SparkApplicationSpec; did you mean 'type'?",
        file + ":6:14: spec.arguments: expected a list, found the string '5000x'");
  }
}
