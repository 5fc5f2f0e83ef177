package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;

import dev.sparkapp.core.ExecutorSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import org.junit.jupiter.api.Test;

class ExecutorSpecAssertTest {

  @Test
  void hasInstancesPassesForTheCount() {
    assertThat(TestApps.sparkPi()).executor().hasInstances(2).hasCores(1).hasMemory("512m");
  }

  @Test
  void hasInstancesReportsTheCount() {
    assertThatThrownBy(() -> assertThat(TestApps.sparkPi()).executor().hasInstances(4))
        .hasMessage(String.format("%nExpecting spec.executor.instances to be:%n  4%nbut was:%n  2"));
  }

  @Test
  void hasInstancesOnAStandaloneSpecPrintsARelativePath() {
    assertThatThrownBy(() -> new ExecutorSpecAssert(ExecutorSpec.builder().build()).hasInstances(1))
        .hasMessage(String.format("%nExpecting instances to be:%n  1%nbut it was not set"));
  }

  @Test
  void containerIsTheTemplateContainerNamedSparkKubernetesExecutor() {
    ExecutorSpec executor = ExecutorSpec.builder()
        .template(new PodTemplateSpecBuilder().withNewSpec()
            .addNewContainer().withName("spark-kubernetes-driver").withLivenessProbe(TestApps.httpProbe()).endContainer()
            .addNewContainer().withName("spark-kubernetes-executor").withLivenessProbe(TestApps.tcpProbe()).endContainer()
            .endSpec().build())
        .build();
    new ExecutorSpecAssert(executor).livenessProbe().isTcpSocket(7078);
  }
}
