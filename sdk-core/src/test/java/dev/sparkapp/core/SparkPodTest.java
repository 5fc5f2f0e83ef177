package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparkPodTest {
  @Test
  void namesTheSpecFieldAndTheContainerTheOperatorSets() {
    assertThat(SparkPod.DRIVER.specField()).isEqualTo("driver");
    assertThat(SparkPod.DRIVER.containerName()).isEqualTo("spark-kubernetes-driver");
    assertThat(SparkPod.EXECUTOR.specField()).isEqualTo("executor");
    assertThat(SparkPod.EXECUTOR.containerName()).isEqualTo("spark-kubernetes-executor");
  }

  @Test
  void specInReturnsThisPodsSettingsWhenSet() {
    SparkApplicationSpec spec = SparkApplicationSpec.builder().driver(d -> d.cores(2)).build();

    assertThat(SparkPod.DRIVER.specIn(spec)).hasValueSatisfying(d -> assertThat(d.cores()).contains(2));
    assertThat(SparkPod.EXECUTOR.specIn(spec)).isEmpty();
  }

  @Test
  void aStandaloneClustersRolesNameTheOperatorsContainersAndAreNoApplicationRoles() {
    SparkApplicationSpec spec = SparkApplicationSpec.builder().driver(d -> d.cores(2)).executor(e -> e.cores(1)).build();

    assertThat(SparkPod.MASTER.containerName()).isEqualTo("master");
    assertThat(SparkPod.WORKER.containerName()).isEqualTo("worker");
    assertThat(SparkPod.MASTER.specIn(spec)).isEmpty();
    assertThat(SparkPod.WORKER.specIn(spec)).isEmpty();
    assertThat(SparkPod.applicationRoles()).containsExactly(SparkPod.DRIVER, SparkPod.EXECUTOR);
    assertThat(SparkPod.MASTER.isClusterRole()).isTrue();
    assertThat(SparkPod.DRIVER.isClusterRole()).isFalse();
  }
}
