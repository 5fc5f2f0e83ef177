package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sparkapp delete} against fabric8's mock server in CRUD mode, through a kubeconfig file. */
@EnableKubernetesMockClient(crud = true, https = false)
class DeleteCommandTest {
  KubernetesMockServer server;
  KubernetesClient kubernetes;

  @TempDir
  Path dir;

  @BeforeEach
  void installOperator() {
    MockCluster.installOperator(server);
  }

  @Test
  void deletesTheApplication() throws Exception {
    MockCluster.create(kubernetes, MockCluster.SPARK_APPLICATIONS, "spark-pi");

    CliRun run = CliRun.of("delete", "spark-pi", "--cascade", "foreground",
        "--kubeconfig", MockCluster.kubeconfig(server, dir).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("SparkApplication default/spark-pi deleted\n");
    assertThat(MockCluster.sparkApplication(kubernetes, "spark-pi").get()).isNull();
  }

  @Test
  void deletesAScheduledApplication() throws Exception {
    MockCluster.create(kubernetes, MockCluster.SCHEDULED, "nightly");

    CliRun run = CliRun.of("delete", "--scheduled", "nightly", "--kubeconfig",
        MockCluster.kubeconfig(server, dir).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(kubernetes.genericKubernetesResources(MockCluster.SCHEDULED).inNamespace("default")
        .withName("nightly").get()).isNull();
  }

  @Test
  void aMissingApplicationExitsOne() throws Exception {
    CliRun run = CliRun.of("delete", "nope", "--kubeconfig", MockCluster.kubeconfig(server, dir).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("sparkapp delete: SparkApplication default/nope not found; check the name and "
        + "--namespace\n");
  }
}
