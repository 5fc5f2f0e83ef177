package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Secrets written in plain text into {@code sparkConf} or {@code hadoopConf}: keys that name a password,
 * secret or token. Anyone who can read the SparkApplication can read them. Messages never show values.
 */
final class SecretRules implements Rule {
  static final String RULE = "secret-in-spark-conf";

  private static final Pattern SECRET_KEY = Pattern.compile(".*(password|passwd|secret|token).*");
  /** Keys that name where a secret is (a mounted Secret, a file), not the secret itself. */
  private static final Pattern REFERENCE_KEY = Pattern.compile(
      "spark\\.kubernetes\\.(driver|executor)\\.(secrets|secretkeyref)\\..*|.*(file|path|dir|provider)");

  @Override
  public void checkSpec(SparkApplicationSpec spec, FieldPath at, Findings findings) {
    check(spec.sparkConf(), at.field("sparkConf"), findings);
    check(spec.hadoopConf(), at.field("hadoopConf"), findings);
  }

  private static void check(Map<String, String> conf, FieldPath path, Findings findings) {
    if (conf == null) {
      return;
    }
    conf.forEach((key, value) -> {
      String lower = key.toLowerCase(Locale.ROOT);
      if (value != null && !value.isBlank() && SECRET_KEY.matcher(lower).matches()
          && !REFERENCE_KEY.matcher(lower).matches()) {
        findings.warning(path.field(key), RULE, key + " looks like a secret written in plain text (value not shown):"
            + " anyone who can read the resource can read it; keep it in a Kubernetes Secret and pass it with"
            + " spark.kubernetes.driver.secretKeyRef.* or envSecretKeyRefs");
      }
    });
  }
}
