package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkConnectSpec;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.core.SparkPodSpec;
import dev.sparkapp.core.probe.SparkPod;

/**
 * Features that an older operator than the one the user targets does not know: it drops them
 * silently. The pod {@code template} needs operator 2.1.0 or newer, SparkConnect 2.3.0 or newer.
 */
final class OperatorVersionRules implements Rule {
  static final String RULE = "operator-version";
  static final OperatorVersion TEMPLATE_SINCE = new OperatorVersion(2, 1, 0);
  /** The release that added the SparkConnect resource. */
  static final OperatorVersion CONNECT_SINCE = new OperatorVersion(2, 3, 0);

  private final OperatorVersion target;

  OperatorVersionRules(OperatorVersion target) {
    this.target = target;
  }

  @Override
  public void checkConnect(SparkConnectSpec spec, FieldPath at, SparkResource owner, Findings findings) {
    if (target.compareTo(CONNECT_SINCE) < 0) {
      findings.error(FieldPath.of("kind"), RULE, "SparkConnect needs spark-operator " + CONNECT_SINCE
          + " or newer, but the target is " + target + ", which has no such resource: upgrade the operator");
    }
  }

  @Override
  public void checkPod(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod, FieldPath at, Findings findings) {
    if (pod.template().isPresent() && target.compareTo(TEMPLATE_SINCE) < 0) {
      findings.error(at.field("template"), RULE, "template needs spark-operator " + TEMPLATE_SINCE
          + " or newer, but the target is " + target + ", which ignores it: upgrade the operator, or move the "
          + "settings to the typed fields (volumeMounts, sidecars, securityContext, ...)");
    }
  }
}
