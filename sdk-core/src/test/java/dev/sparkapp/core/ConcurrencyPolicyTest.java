package dev.sparkapp.core;

class ConcurrencyPolicyTest extends CrdEnumContract<ConcurrencyPolicy> {
  ConcurrencyPolicyTest() {
    super(ConcurrencyPolicy.class, ConcurrencyPolicy::fromValue, ConcurrencyPolicy::value,
        ConcurrencyPolicy.ALLOW, "Allow", ConcurrencyPolicy.FORBID, "Forbid", ConcurrencyPolicy.REPLACE, "Replace");
  }
}
