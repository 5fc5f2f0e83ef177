package dev.sparkapp.core.validate;

import dev.sparkapp.core.ConcurrencyPolicy;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SecretInfo;
import dev.sparkapp.core.ScheduledSparkApplicationSpec;
import dev.sparkapp.core.SecretType;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPodSpec;
import dev.sparkapp.core.probe.SparkPod;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Values of fields the CRD leaves open (a plain string, no {@code enum}) that the operator v2.5.2 does not
 * know: the API server accepts them, so reading keeps them, and this rule says what the operator then does.
 */
final class OpenValueRules implements Rule {
  static final String CONCURRENCY_POLICY = "unknown-concurrency-policy";
  static final String SECRET_TYPE = "unknown-secret-type";

  @Override
  public void checkSchedule(ScheduledSparkApplicationSpec spec, FieldPath at, Findings findings) {
    spec.concurrencyPolicy()
        .filter(policy -> ConcurrencyPolicy.find(policy).isEmpty())
        .ifPresent(policy -> findings.warning(at.field("concurrencyPolicy"), CONCURRENCY_POLICY,
            "'" + policy + "' is not a concurrency policy the operator knows; it then starts no run while an"
                + " earlier run's SparkApplication exists (not even a finished one): use one of "
                + spellings(ConcurrencyPolicy.values())));
  }

  @Override
  public void checkPod(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod, FieldPath at, Findings findings) {
    List<SecretInfo> secrets = pod.secrets();
    for (int i = 0; secrets != null && i < secrets.size(); i++) {
      String type = secrets.get(i) == null ? null : secrets.get(i).secretType();
      if (type != null && SecretType.find(type).isEmpty()) {
        findings.warning(at.field("secrets").index(i).field("secretType"), SECRET_TYPE,
            "'" + type + "' is not a secret type the operator knows; it then mounts the secret as a Generic one"
                + " and sets no environment variable (GOOGLE_APPLICATION_CREDENTIALS, HADOOP_TOKEN_FILE_LOCATION):"
                + " use one of " + spellings(SecretType.values()));
      }
    }
  }

  private static String spellings(Object[] constants) {
    return Arrays.stream(constants).map(String::valueOf).collect(Collectors.joining(", "));
  }
}
