package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretRulesTest {
  @Test
  void warnsAboutPlainTextSecretsWithoutPrintingThem() {
    ValidationResult result = validate(TestApps.app(s -> s
        .sparkConf(Map.of("spark.hadoop.fs.s3a.secret.key", "hunter2"))
        .hadoopConf(Map.of("javax.jdo.option.ConnectionPassword", "hunter2"))));

    assertThat(violations(result, SecretRules.RULE)).containsExactly(
        "spec.sparkConf[\"spark.hadoop.fs.s3a.secret.key\"]: warning: spark.hadoop.fs.s3a.secret.key looks like a "
            + "secret written in plain text (value not shown): anyone who can read the resource can read it; keep it "
            + "in a Kubernetes Secret and pass it with spark.kubernetes.driver.secretKeyRef.* or envSecretKeyRefs "
            + "[secret-in-spark-conf]",
        "spec.hadoopConf[\"javax.jdo.option.ConnectionPassword\"]: warning: javax.jdo.option.ConnectionPassword looks "
            + "like a secret written in plain text (value not shown): anyone who can read the resource can read it; "
            + "keep it in a Kubernetes Secret and pass it with spark.kubernetes.driver.secretKeyRef.* or "
            + "envSecretKeyRefs [secret-in-spark-conf]");
    assertThat(result.violations().toString()).doesNotContain("hunter2");
  }

  @Test
  void ignoresKeysThatReferToSecretsAndOrdinaryKeys() {
    assertThat(validate(TestApps.app(s -> s.sparkConf(Map.of(
        "spark.kubernetes.driver.secrets.s3-credentials", "/etc/secrets",
        "spark.kubernetes.driver.secretKeyRef.AWS_KEY", "aws:key",
        "spark.kubernetes.authenticate.driver.oauthTokenFile", "/var/token",
        "spark.ui.port", "4040")))).violations()).isEmpty();
  }
}
