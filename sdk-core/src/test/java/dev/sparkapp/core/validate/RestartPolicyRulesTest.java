package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.RestartPolicyType;
import org.junit.jupiter.api.Test;

class RestartPolicyRulesTest {
  @Test
  void warnsAboutOnFailureWithoutRetries() {
    ValidationResult result = validate(TestApps.app(s -> s.restartPolicy(r -> r.type(RestartPolicyType.ON_FAILURE))));

    assertThat(violations(result, RestartPolicyRules.ON_FAILURE_RETRIES)).containsExactly("spec.restartPolicy: "
        + "warning: restartPolicy is OnFailure but onFailureRetries is not set, so the operator never restarts the "
        + "application: set onFailureRetries (and onFailureRetryInterval) to 1 or more, or use type Never "
        + "[restart-on-failure-retries]");
  }

  @Test
  void acceptsOnFailureWithRetries() {
    assertThat(validate(TestApps.app(s -> s.restartPolicy(r -> r.type(RestartPolicyType.ON_FAILURE)
        .onFailureRetries(3).onFailureRetryInterval(10L)))).violations()).isEmpty();
  }
}
