package dev.sparkapp.core.apache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.sparkapp.core.InvalidArgumentException;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpecBuilder;
import org.junit.jupiter.api.Test;

class ApacheSparkClusterTest {
  @Test
  void buildsAV1SparkClusterWithItsWorkerBoundsAndTemplates() {
    ApacheSparkCluster cluster = ApacheSparkCluster.builder()
        .metadata(m -> m.withName("prod").withNamespace("default"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1"))
            .clusterTolerations(t -> t.instanceConfig(i -> i.initWorkers(3).minWorkers(1).maxWorkers(5)))
            .workerSpec(w -> w.statefulSetSpec(new StatefulSetSpecBuilder().withNewTemplate().withNewSpec()
                .addNewContainer().withName("worker").endContainer().endSpec().endTemplate().build())))
        .build();
    assertThat(cluster.apiVersion()).isEqualTo("spark.apache.org/v1");
    assertThat(cluster.kind()).isEqualTo("SparkCluster");
    assertThat(cluster.spec().clusterTolerations().instanceConfig().maxWorkers()).isEqualTo(5);
    assertThat(cluster.spec().workerSpec().orElseThrow().statefulSetSpec().orElseThrow().getTemplate().getSpec()
        .getContainers().get(0).getName()).isEqualTo("worker");
    assertThat(cluster.status()).isEmpty();
  }

  @Test
  void keepsV1beta1AndRefusesAnApiVersionOutsideTheOperatorsTwoNamingSparkCluster() {
    ApacheSparkCluster.Builder prod = ApacheSparkCluster.builder()
        .metadata(m -> m.withName("prod"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1"))
            .clusterTolerations(t -> t.instanceConfig(i -> i.initWorkers(1).minWorkers(1).maxWorkers(1))));

    assertThat(prod.apiVersion("spark.apache.org/v1beta1").build().apiVersion()).isEqualTo("spark.apache.org/v1beta1");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> prod.apiVersion("sparkoperator.k8s.io/v1beta2").build())
        .withMessage("apiVersion 'sparkoperator.k8s.io/v1beta2' is not a version of the Apache operator's "
            + "SparkCluster; use spark.apache.org/v1 (or spark.apache.org/v1beta1, which it still serves)");
  }

  @Test
  void theWorkerBoundsAreRequiredAsInTheCrd() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> WorkerInstanceConfig.builder().initWorkers(1).build())
        .withMessageContaining("minWorkers").withMessageContaining("maxWorkers");
  }

  @Test
  void theStatusGivesItsCurrentStateSummary() {
    ApacheClusterStatus status = ApacheClusterStatus.builder()
        .currentState(c -> c.currentStateSummary(ClusterStateSummary.RUNNING_HEALTHY)).build();
    assertThat(status.stateSummary()).contains(ClusterStateSummary.RUNNING_HEALTHY);
    assertThat(ApacheClusterStatus.builder().build().stateSummary()).isEmpty();
  }
}
