package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPod;
import java.util.Map;

/**
 * Pod template settings in {@code sparkConf} that the operator overrides. Its submission
 * ({@code internal/controller/sparkapplication/submission.go}) passes the user's sparkConf first and its
 * own {@code spark.kubernetes.<pod>.podTemplateFile} and {@code podTemplateContainerName}
 * ({@link SparkPod#containerName()}) after it, so the operator's win: whenever {@code spec.<pod>.template}
 * is set since v2.1.0, and always since v2.4.0.
 */
final class OverriddenSparkConfRules implements Rule {
  static final String RULE = "spark-conf-overridden";
  static final OperatorVersion ALWAYS_SINCE = new OperatorVersion(2, 4, 0);

  private final OperatorVersion target;

  OverriddenSparkConfRules(OperatorVersion target) {
    this.target = target;
  }

  @Override
  public void checkSpec(SparkApplicationSpec spec, FieldPath at, Findings findings) {
    Map<String, String> conf = spec.sparkConf();
    if (conf == null) {
      return;
    }
    for (SparkPod role : SparkPod.applicationRoles()) {
      boolean overridden = target.compareTo(ALWAYS_SINCE) >= 0
          || (target.compareTo(OperatorVersionRules.TEMPLATE_SINCE) >= 0
              && role.specIn(spec).flatMap(p -> p.template()).isPresent());
      if (!overridden) {
        continue;
      }
      String prefix = "spark.kubernetes." + role.specField() + ".";
      String containerKey = prefix + "podTemplateContainerName";
      String container = conf.get(containerKey);
      if (container != null && !container.trim().equals(role.containerName())) {
        findings.warning(at.field("sparkConf").field(containerKey), RULE, "spark-operator " + target + " passes "
            + containerKey + "=" + role.containerName() + " after spec.sparkConf, so '" + container.trim() + "' is "
            + "ignored and Spark runs the " + role.specField() + " in the template container named '"
            + role.containerName() + "' (or the first one): remove the setting and name the container '"
            + role.containerName() + "'");
      }
      String fileKey = prefix + "podTemplateFile";
      if (conf.containsKey(fileKey)) {
        findings.warning(at.field("sparkConf").field(fileKey), RULE, "spark-operator " + target + " passes its own "
            + fileKey + ", written from spec." + role.specField() + ".template, after spec.sparkConf, so this file "
            + "is ignored: move the pod template into spec." + role.specField() + ".template");
      }
    }
  }
}
