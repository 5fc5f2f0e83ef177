package dev.sparkapp.core;

class RestartPolicyTypeTest extends CrdEnumContract<RestartPolicyType> {
  RestartPolicyTypeTest() {
    super(RestartPolicyType.class, RestartPolicyType::fromValue, RestartPolicyType::value,
        RestartPolicyType.NEVER, "Never", RestartPolicyType.ALWAYS, "Always",
        RestartPolicyType.ON_FAILURE, "OnFailure");
  }
}
