package dev.sparkapp.core.validate;

import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.core.apache.ApacheSparkResource;
import java.util.List;

/** Runs every {@link ApacheRule} over one Apache operator resource. Not public API. */
final class ApacheValidation {
  static final List<ApacheRule> RULES = List.of(new ApacheNameRules(), new ApacheRunnableAppRules(),
      new ApacheValidateStepRules(), new ApacheTolerationRules(), new ApacheOverriddenConfRules(),
      new ApacheDriverBudgetRules(), new ApacheClusterRules());

  private ApacheValidation() {}

  /** Returns what the rules report about {@code resource}, in rule order. */
  static List<Violation> check(ApacheSparkResource resource) {
    Findings findings = new Findings();
    for (ApacheRule rule : RULES) {
      if (resource instanceof ApacheSparkApplication app) {
        rule.checkApplication(app, findings);
      } else if (resource instanceof ApacheSparkCluster cluster) {
        rule.checkCluster(cluster, findings);
      }
    }
    return List.copyOf(findings.violations());
  }
}
