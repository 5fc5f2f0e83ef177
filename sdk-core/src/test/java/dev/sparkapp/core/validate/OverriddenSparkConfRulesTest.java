package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverriddenSparkConfRulesTest {
  private static final Map<String, String> CONF = Map.of(
      "spark.kubernetes.executor.podTemplateContainerName", "main",
      "spark.kubernetes.driver.podTemplateContainerName", "spark-kubernetes-driver",
      "spark.kubernetes.driver.podTemplateFile", "/opt/templates/driver.yaml");

  @Test
  void warnsThatTheOperatorOverridesTheTemplateSettingsOfSparkConf() {
    ValidationResult result = Validator.defaults().validate(TestApps.app(s -> s.sparkConf(CONF)));

    assertThat(violations(result, OverriddenSparkConfRules.RULE)).containsExactlyInAnyOrder(
        "spec.sparkConf[\"spark.kubernetes.executor.podTemplateContainerName\"]: warning: spark-operator 2.5.2 passes "
            + "spark.kubernetes.executor.podTemplateContainerName=spark-kubernetes-executor after spec.sparkConf, so "
            + "'main' is ignored and Spark runs the executor in the template container named "
            + "'spark-kubernetes-executor' (or the first one): remove the setting and name the container "
            + "'spark-kubernetes-executor' [spark-conf-overridden]",
        "spec.sparkConf[\"spark.kubernetes.driver.podTemplateFile\"]: warning: spark-operator 2.5.2 passes its own "
            + "spark.kubernetes.driver.podTemplateFile, written from spec.driver.template, after spec.sparkConf, so "
            + "this file is ignored: move the pod template into spec.driver.template [spark-conf-overridden]");
  }

  @Test
  void beforeOperator240TheSettingsHoldForAPodWithoutTemplate() {
    Validator v23 = Validator.defaults().targetOperatorVersion("2.3.0");

    assertThat(violations(v23.validate(TestApps.app(s -> s.sparkConf(CONF))), OverriddenSparkConfRules.RULE)).isEmpty();
    assertThat(violations(v23.validate(TestApps.app(s -> s.sparkConf(CONF).executor(e -> e.instances(1)
        .template(TestApps.template(new ContainerBuilder().withName("main").build()))))), OverriddenSparkConfRules.RULE))
        .singleElement().asString().startsWith("spec.sparkConf[\"spark.kubernetes.executor.podTemplateContainerName\"]");
  }
}
