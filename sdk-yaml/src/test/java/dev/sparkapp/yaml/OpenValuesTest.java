package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SecretInfo;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.core.validate.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Fields the CRD leaves open (no {@code enum}): {@code spec.concurrencyPolicy} and {@code secrets[].secretType}
 * take any string on read, strict and lenient, write it back unchanged, and validate with a warning.
 */
class OpenValuesTest {
  /**
   * The operator's own scheduled example with a concurrency policy and a secret type it does not know (both
   * accepted by the API server: the CRD has no {@code enum} for them).
   */
  private static final String QUEUED = queued();

  private static String queued() {
    try {
      String example = Files.readString(TestData.examples().resolve("spark-pi-scheduled.yaml"));
      String queued = example.replace("concurrencyPolicy: Allow", "concurrencyPolicy: Queue")
          .replace("      serviceAccount: spark-operator-spark\n", "      serviceAccount: spark-operator-spark\n"
              + "      secrets:\n      - name: aws\n        path: /mnt/aws\n        secretType: AWSCredentials\n");
      assertThat(queued).contains("Queue", "AWSCredentials");
      return queued;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line of {@code text} that holds {@code needle}. */
  private static int lineOf(String needle) {
    String before = QUEUED.substring(0, QUEUED.indexOf(needle));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void strictAndLenientReadingKeepAnUnknownValueOfAnOpenField() {
    for (SparkYaml yaml : new SparkYaml[] {SparkYaml.strict(), SparkYaml.lenient()}) {
      ScheduledSparkApplication app = yaml.readScheduledApplication(QUEUED);

      assertThat(app.spec().concurrencyPolicy()).as("%s", yaml).contains("Queue");
      assertThat(app.spec().concurrencyPolicyType()).as("%s", yaml).isEmpty();
      SecretInfo secret = app.spec().template().orElseThrow().driver().orElseThrow().secrets().get(0);
      assertThat(secret.secretType()).isEqualTo("AWSCredentials");
      assertThat(secret.knownSecretType()).isEmpty();
    }
  }

  @Test
  void writingGivesBackTheUnknownValuesUnchanged() {
    ScheduledSparkApplication app = SparkYaml.strict().readScheduledApplication(QUEUED);

    String written = SparkYaml.strict().toYaml(app);

    assertThat(written).contains("\n  concurrencyPolicy: Queue\n").contains("\n        secretType: AWSCredentials\n");
    assertThat(TreeComparison.leaves(SparkYaml.strict().toTree(SparkYaml.strict().readScheduledApplication(written))))
        .isEqualTo(TreeComparison.leaves(SparkYaml.strict().toTree(app)));
  }

  @Test
  void validationWarnsAtTheLineOfEachUnknownValueAndFindsNoError() {
    ValidationResult result = ManifestValidator.defaults().validate(SparkYaml.strict().read(QUEUED));

    assertThat(result.errors()).isEmpty();
    assertThat(result.violations().stream().map(Violation::toString))
        .anySatisfy(v -> assertThat(v).startsWith("<string>:" + lineOf("concurrencyPolicy") + ":3: spec.concurrencyPolicy:"
            + " warning: 'Queue'")
            .endsWith("[unknown-concurrency-policy]"))
        .anySatisfy(v -> assertThat(v).startsWith("<string>:" + lineOf("secretType") + ":9: spec.template.driver.secrets[0].secretType:"
            + " warning: 'AWSCredentials'").endsWith("[unknown-secret-type]"));
  }
}
