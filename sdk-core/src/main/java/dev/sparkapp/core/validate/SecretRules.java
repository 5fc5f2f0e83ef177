package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Secrets written in plain text into {@code sparkConf} or {@code hadoopConf}: keys that name a password,
 * secret or token. Anyone who can read the SparkApplication can read them. Messages never show values.
 */
final class SecretRules implements Rule {
  static final String RULE = "secret-in-spark-conf";

  /** Words that, anywhere in a lower-cased key, name a secret. */
  private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secret", "token");
  /** Keys that name where a secret is (a mounted Secret, a file), not the secret itself. */
  private static final Pattern REFERENCE_KEY = Pattern.compile(
      "spark\\.kubernetes\\.(driver|executor)\\.(secrets|secretkeyref)\\..*|.*(file|path|dir|provider)");

  private static boolean namesSecret(String lowerCaseKey) {
    for (String word : SECRET_WORDS) {
      if (lowerCaseKey.contains(word)) {
        return true;
      }
    }
    return false;
  }

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
      if (value != null && !value.isBlank() && namesSecret(lower)
          && !REFERENCE_KEY.matcher(lower).matches()) {
        findings.warning(path.field(key), RULE, key + " looks like a secret written in plain text (value not shown):"
            + " anyone who can read the resource can read it; keep it in a Kubernetes Secret and pass it with"
            + " spark.kubernetes.driver.secretKeyRef.* or envSecretKeyRefs");
      }
    });
  }
}
