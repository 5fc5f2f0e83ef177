package dev.sparkapp.cli;

import dev.sparkapp.core.RetryPosition;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sparkapp why} and {@code sparkapp logs} against fabric8's mock server in CRUD mode (plus an
 * expectation for the log), through a kubeconfig file. The kubelet's event texts come from
 * {@code pkg/kubelet/prober/prober.go} ("Liveness probe failed: %s") and
 * {@code pkg/kubelet/kuberuntime/kuberuntime_manager.go} ("Container %s failed liveness probe"), the
 * operator's errorMessage from kubeflow spark-operator v2.5.2 {@code controller.go} updateDriverState.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class WhyCommandTest {
  KubernetesMockServer server;
  KubernetesClient kubernetes;

  @TempDir
  Path dir;

  @BeforeEach
  void installOperator() {
    MockCluster.installOperator(server);
  }

  private void killedByTheLogStalenessProbe() throws Exception {
    CliRun.of("apply", "--create-or-replace", "--kubeconfig", MockCluster.kubeconfig(server, dir).toString(),
        MockCluster.sparkPiFile(dir).toString());
    MockCluster.sparkApplication(kubernetes, "spark-pi").patch(
        io.fabric8.kubernetes.client.dsl.base.PatchContext.of(io.fabric8.kubernetes.client.dsl.base.PatchType.JSON_MERGE),
        "{\"status\":{\"applicationState\":{\"state\":\"FAILED\",\"errorMessage\":\"driver container failed with "
            + "ExitCode: 143, Reason: Error\"},\"driverInfo\":{\"podName\":\"spark-pi-driver\"},\"executionAttempts\":1,"
            + "\"submissionAttempts\":1}}");
    for (String[] event : new String[][] {
        {"Warning", "Unhealthy", "Liveness probe failed: log file /var/log/spark/spark.log unchanged for 912s (limit 900s)"},
        {"Normal", "Killing", "Container spark-kubernetes-driver failed liveness probe"}}) {
      kubernetes.v1().events().inNamespace("default").resource(new EventBuilder()
          .withNewMetadata().withGenerateName("spark-pi-driver.").withNamespace("default").endMetadata()
          .withNewInvolvedObject().withKind("Pod").withName("spark-pi-driver").withNamespace("default")
          .withFieldPath("spec.containers{spark-kubernetes-driver}").endInvolvedObject()
          .withType(event[0]).withReason(event[1]).withMessage(event[2]).withCount(1)
          .withFirstTimestamp("2026-12-02T10:20:05Z").withLastTimestamp("2026-12-02T10:20:05Z")
          .withNewSource().withComponent("kubelet").withHost("node-1").endSource().build()).create();
    }
  }

  @Test
  void whyPrintsTheCauseItsEvidenceTheAdviceAndTheRetryPosition() throws Exception {
    killedByTheLogStalenessProbe();

    CliRun run = CliRun.of("why", "spark-pi", "--kubeconfig", MockCluster.kubeconfig(server, dir).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("SparkApplication default/spark-pi: FAILED\n"
            + "Retry:  attempt 1 of 1; no retry left (restart policy Never)\n"
            + "Error:  driver container failed with ExitCode: 143, Reason: Error\n")
        .contains("1. Killed by a liveness probe (preset log-staleness): driver container spark-kubernetes-driver of "
            + "pod spark-pi-driver killed at 2026-12-02T10:20:05Z; the probe said: log file /var/log/spark/spark.log "
            + "unchanged for 912s (limit 900s)\n",
            "   evidence: event Pod/spark-pi-driver: Killing: Container spark-kubernetes-driver failed liveness probe");
    assertThat(run.out().lines().count()).as("one screen").isLessThan(25);
  }

  @Test
  void whyOfAMissingApplicationExitsOne() throws Exception {
    CliRun run = CliRun.of("why", "nope", "--kubeconfig", MockCluster.kubeconfig(server, dir).toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("SparkApplication default/nope does not exist");
  }

  @Test
  void logsPrintsTheBoundedTailOfThePreviousContainer() throws Exception {
    killedByTheLogStalenessProbe();
    server.expect().get().withPath("/api/v1/namespaces/default/pods/spark-pi-driver/log?pretty=false"
        + "&container=spark-kubernetes-driver&previous=true&tailLines=2&limitBytes=4096")
        .andReturn(200, "INFO a\nINFO b\nINFO waiting for db\n").once();

    CliRun run = CliRun.of("logs", "spark-pi", "--previous", "--tail", "2", "--limit-bytes", "4096",
        "--kubeconfig", MockCluster.kubeconfig(server, dir).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("INFO b\nINFO waiting for db\n");
  }

  @Test
  void bothCommandsHaveHelp() {
    CliRun why = CliRun.of("why", "--help");
    CliRun logs = CliRun.of("logs", "--help");

    assertThat(why.exitCode()).isZero();
    assertThat(why.out()).contains("Usage: sparkapp why", "killed by a liveness probe", "--scheduled", "--connect",
        "--apache", "--apache-cluster", "DriverReadyTimedOut");
    assertThat(logs.exitCode()).isZero();
    assertThat(logs.out()).contains("Usage: sparkapp logs", "--previous", "--follow", "--apache", "--tail=LINES",
        "--limit-bytes=BYTES");
  }
}
