package dev.sparkapp.core;

class DeployModeTest extends CrdEnumContract<DeployMode> {
  DeployModeTest() {
    super(DeployMode.class, DeployMode::fromValue, DeployMode::value,
        DeployMode.CLUSTER, "cluster", DeployMode.CLIENT, "client");
  }
}
