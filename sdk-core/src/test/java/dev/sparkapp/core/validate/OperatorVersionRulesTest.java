package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkApplication;
import org.junit.jupiter.api.Test;

class OperatorVersionRulesTest {
  private final SparkApplication withTemplate = TestApps.withDriverContainers(
      TestApps.driverWithLiveness(TestApps.httpProbe(4040)));

  @Test
  void templateNeedsOperator210() {
    ValidationResult result = Validator.defaults().targetOperatorVersion("2.0.2").validate(withTemplate);

    assertThat(violations(result, OperatorVersionRules.RULE)).containsExactly("spec.driver.template: error: template "
        + "needs spark-operator 2.1.0 or newer, but the target is 2.0.2, which ignores it: upgrade the operator, or "
        + "move the settings to the typed fields (volumeMounts, sidecars, securityContext, ...) [operator-version]");
  }

  @Test
  void templateIsFineFrom210On() {
    assertThat(Validator.defaults().targetOperatorVersion("v2.1.0").validate(withTemplate).violations()).isEmpty();
    assertThat(Validator.defaults().validate(withTemplate).violations()).isEmpty();
  }
}
