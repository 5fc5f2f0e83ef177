package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.RestartPolicy;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplicationSpec;

/**
 * {@code restartPolicy}: {@code OnFailure} restarts only as many times as {@code onFailureRetries} says;
 * without it the operator never restarts, as with {@code Never}.
 */
final class RestartPolicyRules implements Rule {
  static final String ON_FAILURE_RETRIES = "restart-on-failure-retries";

  @Override
  public void checkSpec(SparkApplicationSpec spec, FieldPath at, Findings findings) {
    spec.restartPolicy()
        .filter(p -> p.type().orElse(null) == RestartPolicyType.ON_FAILURE)
        .filter(p -> p.onFailureRetries().orElse(0) < 1)
        .ifPresent((RestartPolicy p) -> findings.warning(at.field("restartPolicy"), ON_FAILURE_RETRIES,
            "restartPolicy is OnFailure but onFailureRetries is " + p.onFailureRetries().map(String::valueOf).orElse("not set")
                + ", so the operator never restarts the application: set onFailureRetries (and onFailureRetryInterval)"
                + " to 1 or more, or use type Never"));
  }
}
