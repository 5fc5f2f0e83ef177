package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sparkapp apply --wait} against fabric8's mock server in CRUD mode, with a test thread as operator. */
@EnableKubernetesMockClient(crud = true, https = false)
class ApplyCommandWaitTest {
  KubernetesMockServer server;
  KubernetesClient kubernetes;

  @TempDir
  Path dir;

  @BeforeEach
  void installOperator() {
    MockCluster.installOperator(server);
  }

  @Test
  void waitReturnsWhenTheApplicationCompletes() throws Exception {
    CompletableFuture<Void> operator = CompletableFuture.runAsync(() -> {
      MockCluster.sparkApplication(kubernetes, "spark-pi").waitUntilCondition(Objects::nonNull, 20, TimeUnit.SECONDS);
      MockCluster.setState(kubernetes, "spark-pi", "SUBMITTED");
      MockCluster.setState(kubernetes, "spark-pi", "RUNNING");
      MockCluster.setState(kubernetes, "spark-pi", "COMPLETED");
    });

    CliRun run = CliRun.of("apply", "--create-or-replace", "--wait", "COMPLETED", "--timeout", "20s",
        "--kubeconfig", MockCluster.kubeconfig(server, dir).toString(), MockCluster.sparkPiFile(dir).toString());

    operator.get(20, TimeUnit.SECONDS);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("SparkApplication default/spark-pi applied\n"
        + "SparkApplication default/spark-pi reached COMPLETED\n");
  }

  @Test
  void waitTimesOutWithExitOne() throws Exception {
    CliRun run = CliRun.of("apply", "--create-or-replace", "--wait", "RUNNING", "--timeout", "500ms",
        "--kubeconfig", MockCluster.kubeconfig(server, dir).toString(), MockCluster.sparkPiFile(dir).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("sparkapp: Timed out after PT0.5S waiting for SparkApplication default/spark-pi "
        + "to reach RUNNING; its last state was NEW");
  }
}
