package dev.sparkapp.core;

class SecretTypeTest extends OpenCrdEnumContract<SecretType> {
  SecretTypeTest() {
    super(SecretType.class, SecretType::fromValue, SecretType::find, SecretType::value,
        SecretType.GCP_SERVICE_ACCOUNT, "GCPServiceAccount",
        SecretType.HADOOP_DELEGATION_TOKEN, "HadoopDelegationToken",
        SecretType.GENERIC, "Generic");
  }
}
