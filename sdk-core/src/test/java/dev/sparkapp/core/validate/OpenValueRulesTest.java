package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ConcurrencyPolicy;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SecretInfo;
import dev.sparkapp.core.SecretType;
import org.junit.jupiter.api.Test;

class OpenValueRulesTest {
  private static ScheduledSparkApplication scheduled(String policy) {
    return ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly"))
        .spec(s -> s.schedule("0 2 * * *").concurrencyPolicy(policy).template(TestApps::valid))
        .build();
  }

  private static SecretInfo secret(String name, String type) {
    return SecretInfo.builder().name(name).path("/mnt/" + name).secretType(type).build();
  }

  @Test
  void warnsThatTheOperatorStartsNoFurtherRunForAnUnknownConcurrencyPolicy() {
    ValidationResult result = validate(scheduled("Queue"));

    assertThat(violations(result, OpenValueRules.CONCURRENCY_POLICY)).containsExactly("spec.concurrencyPolicy: "
        + "warning: 'Queue' is not a concurrency policy the operator knows; it then starts no run while an earlier"
        + " run's SparkApplication exists (not even a finished one): use one of Allow, Forbid, Replace"
        + " [unknown-concurrency-policy]");
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void acceptsEveryConcurrencyPolicyTheOperatorKnows() {
    for (ConcurrencyPolicy policy : ConcurrencyPolicy.values()) {
      assertThat(validate(scheduled(policy.value())).violations()).as(policy.value()).isEmpty();
    }
  }

  @Test
  void theSpellingIsExact() {
    assertThat(violations(validate(scheduled("forbid")), OpenValueRules.CONCURRENCY_POLICY)).hasSize(1);
  }

  @Test
  void warnsThatAnUnknownSecretTypeIsMountedAsGenericWithoutEnvironment() {
    ValidationResult result = validate(TestApps.app(s -> s
        .driver(d -> d.cores(1).memory("512m").addSecrets(secret("gcp", SecretType.GCP_SERVICE_ACCOUNT.value())))
        .executor(e -> e.instances(1).cores(1).memory("512m")
            .addSecrets(secret("gcp", SecretType.GENERIC.value()), secret("aws", "AWSCredentials")))));

    assertThat(violations(result, OpenValueRules.SECRET_TYPE)).containsExactly("spec.executor.secrets[1].secretType: "
        + "warning: 'AWSCredentials' is not a secret type the operator knows; it then mounts the secret as a Generic"
        + " one and sets no environment variable (GOOGLE_APPLICATION_CREDENTIALS, HADOOP_TOKEN_FILE_LOCATION): use"
        + " one of GCPServiceAccount, HadoopDelegationToken, Generic [unknown-secret-type]");
  }
}
