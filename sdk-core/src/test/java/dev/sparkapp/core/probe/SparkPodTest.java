package dev.sparkapp.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
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
  void containerPathNamesTheSparkContainerInTheTemplate() {
    assertThat(SparkPod.EXECUTOR.containerPath(FieldPath.of("spec")))
        .hasToString("spec.executor.template.spec.containers[spark-kubernetes-executor]");
  }
}
