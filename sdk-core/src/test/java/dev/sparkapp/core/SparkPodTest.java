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
}
