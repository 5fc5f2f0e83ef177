package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String VALID = """
      apiVersion: sparkoperator.k8s.io/v1beta2
      kind: SparkApplication
      metadata:
        name: spark-pi
      spec:
        type: Scala
        sparkVersion: 4.0.1
        mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar
        driver:
          cores: 1
          memory: 512m
        executor:
          instances: 1
          memory: 512m
      """;

  @TempDir
  Path dir;

  private String write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file.toString();
  }

  @Test
  void validFileExitsZeroWithASummary() throws IOException {
    String file = write("ok.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n" + VALID);

    CliRun run = CliRun.of("validate", file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("1 file checked: 0 errors, 0 warnings, 1 document skipped\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void printsOneLinePerViolationWithPositionAndExitsOne() throws IOException {
    String file = write("bad.yaml", VALID.replace("memory: 512m\n  executor", "memory: 1Gi\n  executor")
        .replace("sparkVersion: 4.0.1\n", "sparkVersion: 4.0.1\n  sparkConf:\n    spark.ssl.keyPassword: hunter2\n"));

    CliRun run = CliRun.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEqualTo(
        file + ":9:5: warning: spec.sparkConf[\"spark.ssl.keyPassword\"]: spark.ssl.keyPassword looks like a secret "
            + "written in plain text (value not shown): anyone who can read the resource can read it; keep it in a "
            + "Kubernetes Secret and pass it with spark.kubernetes.driver.secretKeyRef.* or envSecretKeyRefs "
            + "[secret-in-spark-conf]\n"
            + file + ":13:5: error: spec.driver.memory: '1Gi' is not a memory size Spark can parse (unit 'gi' is not "
            + "one Spark knows (Kubernetes units such as Mi and Gi are not Spark units)): use a whole number with an "
            + "optional unit b, k, m, g, t or p (for example 512m or 2g) [spark-memory]\n"
            + "1 file checked: 1 error, 1 warning, 0 documents skipped\n");
    assertThat(run.out()).doesNotContain("hunter2");
  }

  @Test
  void strictTurnsWarningsIntoErrors() throws IOException {
    String file = write("warn.yaml", VALID.replace("type: Scala", "type: Python").replace("spark-examples.jar", "pi.py")
        .replace("  sparkVersion", "  mainClass: Pi\n  sparkVersion"));

    assertThat(CliRun.of("validate", file).exitCode()).isZero();
    CliRun strict = CliRun.of("validate", "--strict", file);
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains(": error: spec.mainClass: mainClass is ignored for a Python application");
  }

  @Test
  void unreadableManifestIsAnErrorLineWithItsPosition() throws IOException {
    String file = write("broken.yaml", VALID.replace("  type: Scala", "  type: Scala\n  sparkVerison: 4"));

    CliRun run = CliRun.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith(file + ":7:3: error: spec.sparkVerison: unknown field 'sparkVerison'")
        .endsWith("[read]\n1 file checked: 1 error, 0 warnings, 0 documents skipped\n");
  }

  @Test
  void printsEveryFieldErrorOfADocumentOnItsOwnLine() throws IOException {
    String file = write("two.yaml", VALID.replace("  type: Scala", "  type: Scala\n  coress: 1")
        .replace("    instances: 1", "    instances: \"two\""));

    CliRun run = CliRun.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines()).containsExactly(
        file + ":7:3: error: spec.coress: unknown field 'coress' in SparkApplicationSpec [read]",
        file + ":14:16: error: spec.executor.instances: expected an integer, found the string 'two' [read]",
        "1 file checked: 2 errors, 0 warnings, 0 documents skipped");
  }

  @Test
  void documentsBeforeAnUnreadableOneAreStillChecked() throws IOException {
    String file = write("stream.yaml", VALID.replace("cores: 1", "cores: 0") + "---\n"
        + VALID.replace("  type: Scala", "  type: Scala\n  sparkVerison: 4"));

    CliRun run = CliRun.of("validate", file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith(file + ":10:5: error: spec.driver.cores: ")
        .contains("\n" + file + ":22:3: error: spec.sparkVerison: unknown field 'sparkVerison'")
        .endsWith("[read]\n1 file checked: 2 errors, 0 warnings, 0 documents skipped\n");
  }

  @Test
  void jsonOutputListsViolationsForMachines() throws IOException {
    String file = write("bad.yaml", VALID.replace("cores: 1", "cores: 0"));

    CliRun run = CliRun.of("validate", "--output", "json", file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("\"errors\" : 1", "\"skippedDocuments\" : 0", "\"line\" : 10", "\"column\" : 5",
        "\"severity\" : \"error\"", "\"path\" : \"spec.driver.cores\"", "\"rule\" : \"spark-cores\"");
  }

  @Test
  void targetOperatorVersionIsAnOption() throws IOException {
    String file = write("tpl.yaml", VALID.replace("    cores: 1\n", "    cores: 1\n    template:\n      metadata:\n"
        + "        labels:\n          a: b\n"));

    assertThat(CliRun.of("validate", file).exitCode()).isZero();
    CliRun old = CliRun.of("validate", "--operator-version", "2.0.0", file);
    assertThat(old.exitCode()).isEqualTo(1);
    assertThat(old.out()).contains(":11:5: error: spec.driver.template: template needs spark-operator 2.1.0");
  }

  @Test
  void usageAndIoErrorsExitTwo() {
    CliRun badVersion = CliRun.of("validate", "--operator-version", "newest", "x.yaml");
    assertThat(badVersion.exitCode()).isEqualTo(2);
    assertThat(badVersion.err()).isEqualTo("sparkapp validate: --operator-version: 'newest' is not an operator "
        + "version: use major.minor.patch, for example 2.1.0\n");

    CliRun missing = CliRun.of("validate", dir.resolve("missing.yaml").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("missing.yaml").doesNotContain("Exception");

    assertThat(CliRun.of("validate", "--output", "xml", "x.yaml").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("validate").exitCode()).isEqualTo(2);
  }
}
