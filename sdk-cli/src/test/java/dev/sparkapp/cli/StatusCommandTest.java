package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sparkapp status} against fabric8's mock server in CRUD mode, through a kubeconfig file. */
@EnableKubernetesMockClient(crud = true, https = false)
class StatusCommandTest {
  KubernetesMockServer server;
  KubernetesClient kubernetes;

  @TempDir
  Path dir;

  @Test
  void printsTheStateTheOperatorReports() throws Exception {
    MockCluster.installOperator(server);
    CliRun.of("apply", "--create-or-replace", "--kubeconfig", MockCluster.kubeconfig(server, dir).toString(),
        MockCluster.sparkPiFile(dir).toString());
    MockCluster.setState(kubernetes, "spark-pi", "RUNNING");

    CliRun run = CliRun.of("status", "spark-pi", "--kubeconfig", MockCluster.kubeconfig(server, dir).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Name:          spark-pi\n", "Namespace:     default\n",
        "State:         RUNNING\n", "Driver pod:    spark-pi-driver\n");
  }

  @Test
  void printsTheScheduleOfAScheduledApplication() throws Exception {
    MockCluster.installOperator(server);
    MockCluster.create(kubernetes, MockCluster.SCHEDULED, "nightly");

    CliRun run = CliRun.of("status", "--scheduled", "nightly", "--kubeconfig",
        MockCluster.kubeconfig(server, dir).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Kind:          ScheduledSparkApplication\n", "Schedule:      NEW\n");
  }

  @Test
  void aMissingApplicationExitsOne() throws Exception {
    MockCluster.installOperator(server);

    CliRun run = CliRun.of("status", "nope", "-n", "team-a", "--kubeconfig",
        MockCluster.kubeconfig(server, dir).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("sparkapp status: SparkApplication team-a/nope not found; check the name and "
        + "--namespace\n");
  }

  @Test
  void aClusterWithoutTheOperatorSaysSo() throws Exception {
    CliRun run = CliRun.of("status", "spark-pi", "--kubeconfig", MockCluster.kubeconfig(server, dir).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("the kubeflow spark-operator is not installed");
  }
}
