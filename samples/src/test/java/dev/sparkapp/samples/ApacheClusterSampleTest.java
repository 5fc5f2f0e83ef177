package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.yaml.ManifestValidator;
import io.fabric8.kubernetes.api.model.Container;
import org.junit.jupiter.api.Test;

class ApacheClusterSampleTest {
  private final ApacheSparkCluster cluster = new ApacheClusterSample().cluster();

  private Container container(boolean master) {
    var spec = master ? cluster.spec().masterSpec().orElseThrow().statefulSetSpec()
        : cluster.spec().workerSpec().orElseThrow().statefulSetSpec();
    return spec.orElseThrow().getTemplate().getSpec().getContainers().get(0);
  }

  @Test
  void theMasterIsReadyOnItsRpcPortAndAliveOnItsUi() {
    assertThat(container(true).getName()).isEqualTo("master");
    assertThat(container(true).getReadinessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(7077);
    assertThat(container(true).getLivenessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(8080);
    assertThat(container(true).getLivenessProbe().getHttpGet().getPath()).isEqualTo("/json/");
  }

  @Test
  void eachWorkerIsProbedOnItsUi() {
    assertThat(container(false).getName()).isEqualTo("worker");
    assertThat(container(false).getReadinessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(8081);
    assertThat(container(false).getReadinessProbe().getHttpGet().getPath()).isEqualTo("/json/");
    assertThat(container(false).getStartupProbe().getFailureThreshold()).isEqualTo(30);
  }

  @Test
  void itValidatesWithoutErrorsOrWarnings() {
    assertThat(ManifestValidator.defaults().validate(cluster).violations()).isEmpty();
  }
}
