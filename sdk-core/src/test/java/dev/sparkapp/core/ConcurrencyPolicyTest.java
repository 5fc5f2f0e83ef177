package dev.sparkapp.core;

class ConcurrencyPolicyTest extends OpenCrdEnumContract<ConcurrencyPolicy> {
  ConcurrencyPolicyTest() {
    super(ConcurrencyPolicy.class, ConcurrencyPolicy::fromValue, ConcurrencyPolicy::find, ConcurrencyPolicy::value,
        ConcurrencyPolicy.ALLOW, "Allow", ConcurrencyPolicy.FORBID, "Forbid", ConcurrencyPolicy.REPLACE, "Replace");
  }
}
