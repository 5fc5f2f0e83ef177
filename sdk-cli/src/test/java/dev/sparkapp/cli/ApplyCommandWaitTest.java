package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.samples.SampleCatalog;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sparkapp apply --wait}, for every kind through its declaration, against fabric8's mock server in CRUD mode, with a test thread as operator. */
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

  @Test
  void waitFollowsAnApacheApplicationThroughItsStateHistory() throws Exception {
    server.expectCustomResource(ApacheOperatorCommandsTest.APACHE_APPLICATIONS);
    Path file = Files.writeString(dir.resolve("pi.yaml"),
        SparkYaml.strict().toYaml(SampleCatalog.named("apache-pi").orElseThrow().resources()));
    CompletableFuture<Void> operator = CompletableFuture.runAsync(() -> {
      var pi = kubernetes.genericKubernetesResources(ApacheOperatorCommandsTest.APACHE_APPLICATIONS)
          .inNamespace("default").withName("pi");
      pi.waitUntilCondition(Objects::nonNull, 20, TimeUnit.SECONDS);
      // as operator 1.0.0 writes it (ApplicationStatus): Succeeded and ResourceReleased in one update
      pi.patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"currentState\":{\"currentStateSummary\":"
          + "\"ResourceReleased\",\"lastTransitionTime\":\"2026-12-02T14:00:02Z\"},\"stateTransitionHistory\":{"
          + "\"0\":{\"currentStateSummary\":\"Submitted\",\"lastTransitionTime\":\"2026-12-02T14:00:00Z\"},"
          + "\"1\":{\"currentStateSummary\":\"Succeeded\",\"lastTransitionTime\":\"2026-12-02T14:00:01Z\","
          + "\"message\":\"Spark application completed successfully.\"},"
          + "\"2\":{\"currentStateSummary\":\"ResourceReleased\",\"lastTransitionTime\":\"2026-12-02T14:00:02Z\"}}}}");
    });

    CliRun run = CliRun.of("apply", "--create-or-replace", "--wait", "SUCCEEDED", "--timeout", "20s",
        "--kubeconfig", MockCluster.kubeconfig(server, dir).toString(), file.toString());

    operator.get(20, TimeUnit.SECONDS);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("SparkApplication default/pi applied\n"
        + "SparkApplication default/pi reached SUCCEEDED\n");
  }

  @Test
  void aStateNoAppliedResourceReachesIsAUsageErrorBeforeAnythingIsApplied() throws Exception {
    CliRun run = CliRun.of("apply", "--create-or-replace", "--wait", "RunningHealthy", "--timeout", "20s",
        "--kubeconfig", MockCluster.kubeconfig(server, dir).toString(), MockCluster.sparkPiFile(dir).toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("sparkapp apply: no resource applied ever reaches the state 'RunningHealthy' "
        + "given to --wait; a sparkoperator.k8s.io/v1beta2 SparkApplication reaches SUBMITTED, RUNNING, COMPLETED,");
    assertThat(MockCluster.sparkApplication(kubernetes, "spark-pi").get()).isNull();
  }
}
