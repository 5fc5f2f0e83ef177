package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SecretInfo;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.core.validate.Violation;
import org.junit.jupiter.api.Test;

/**
 * Fields the CRD leaves open (no {@code enum}): {@code spec.concurrencyPolicy} and {@code secrets[].secretType}
 * take any string on read, strict and lenient, write it back unchanged, and validate with a warning.
 */
class OpenValuesTest {
  private static final String QUEUED = """
      apiVersion: sparkoperator.k8s.io/v1beta2
      kind: ScheduledSparkApplication
      metadata:
        name: nightly
      spec:
        schedule: "0 2 * * *"
        concurrencyPolicy: Queue
        template:
          type: Scala
          sparkVersion: 4.0.1
          mainClass: org.apache.spark.examples.SparkPi
          mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar
          driver:
            cores: 1
            memory: 512m
            secrets:
            - name: aws
              path: /mnt/aws
              secretType: AWSCredentials
          executor:
            instances: 1
            cores: 1
            memory: 512m
      """;

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
        .anySatisfy(v -> assertThat(v).startsWith("<string>:7:3: spec.concurrencyPolicy: warning: 'Queue'")
            .endsWith("[unknown-concurrency-policy]"))
        .anySatisfy(v -> assertThat(v).startsWith("<string>:19:9: spec.template.driver.secrets[0].secretType:"
            + " warning: 'AWSCredentials'").endsWith("[unknown-secret-type]"));
  }
}
