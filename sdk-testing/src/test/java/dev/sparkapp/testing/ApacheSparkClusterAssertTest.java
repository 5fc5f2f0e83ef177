package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;
import static dev.sparkapp.testing.TestApps.message;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.core.probe.Probes;
import org.junit.jupiter.api.Test;

class ApacheSparkClusterAssertTest {
  /** The Apache operator's prod-cluster-with-three-workers example, on Spark 4.0.1. */
  static ApacheSparkCluster prod() {
    return ApacheSparkCluster.builder()
        .metadata(m -> m.withName("prod").withNamespace("default"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1"))
            .clusterTolerations(t -> t.instanceConfig(i -> i.initWorkers(3).minWorkers(2).maxWorkers(5)))
            .putSparkConf("spark.master.ui.title", "Prod Spark Cluster"))
        .build();
  }

  @Test
  void checksPassForTheClustersValues() {
    assertThat(prod()).hasName("prod").hasNamespace("default").isValid().hasSparkVersion("4.0.1")
        .hasInitWorkers(3).hasMinWorkers(2).hasMaxWorkers(5);
    assertThat(prod()).sparkConf().containsEntry("spark.master.ui.title", "Prod Spark Cluster");
  }

  @Test
  void workerFailuresNameTheInstanceConfigPath() {
    assertThatThrownBy(() -> assertThat(prod()).hasInitWorkers(4))
        .hasMessage(message("%nExpecting spec.clusterTolerations.instanceConfig.initWorkers to be:%n  4%nbut was:%n  3"));
    assertThatThrownBy(() -> assertThat(prod()).hasMinWorkers(3))
        .hasMessage(message("%nExpecting spec.clusterTolerations.instanceConfig.minWorkers to be:%n  3%nbut was:%n  2"));
    assertThatThrownBy(() -> assertThat(prod()).hasMaxWorkers(3))
        .hasMessage(message("%nExpecting spec.clusterTolerations.instanceConfig.maxWorkers to be:%n  3%nbut was:%n  5"));
  }

  @Test
  void sparkConfThatIsNotSetFailsNamingIt() {
    ApacheSparkCluster noConf = ApacheSparkCluster.builder().from(prod())
        .spec(s -> s.from(prod().spec()).sparkConf(null)).build();

    assertThat(noConf).sparkConf().isNull();
    assertThatThrownBy(() -> assertThat(noConf).sparkConf().containsKey("spark.ui.port"))
        .hasMessageContaining("spec.sparkConf is not set");
  }

  @Test
  void isValidReportsTheOperatorsRules() {
    ApacheSparkCluster unordered = ApacheSparkCluster.builder().from(prod())
        .spec(s -> s.from(prod().spec())
            .clusterTolerations(t -> t.instanceConfig(i -> i.initWorkers(1).minWorkers(3).maxWorkers(1))))
        .build();

    assertThatThrownBy(() -> assertThat(unordered).isValid())
        .hasMessageContaining("Expecting SparkCluster \"prod\" to be valid")
        .hasMessageContaining("spec.clusterTolerations.instanceConfig.minWorkers: error: minWorkers (3) is greater than "
            + "maxWorkers (1)");
  }

  @Test
  void masterAndWorkerNavigateToTheDeclaredPodsWithTheirPresets() {
    ApacheSparkCluster probed = ApacheSparkCluster.builder().from(prod())
        .spec(s -> s.from(prod().spec()).masterSpec(m -> m.livenessProbe(Probes.sparkUi())))
        .build();

    assertThat(probed).master().hasProbe(ProbeKind.LIVENESS, Probes.sparkUi());
    assertThatThrownBy(() -> assertThat(probed).master().hasProbe(ProbeKind.LIVENESS, Probes.masterRpc()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("spec.masterSpec.statefulSetSpec.template.spec.containers[master].livenessProbe");
    assertThatThrownBy(() -> assertThat(probed).worker().hasProbe(ProbeKind.LIVENESS, Probes.sparkUi()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("spec.workerSpec.statefulSetSpec.template");
  }

  @Test
  void podOfARoleTheKindDoesNotDeclareIsAUsageError() {
    // A SparkCluster runs no Spark driver: its pods are the master's and the workers'.
    assertThatThrownBy(() -> assertThat(prod()).pod(SparkPod.DRIVER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("SparkCluster (spark.apache.org) declares no driver pod; its pods: [");
  }
}
