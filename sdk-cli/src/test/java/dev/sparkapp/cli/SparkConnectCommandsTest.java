package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command on a SparkConnect manifest; the cluster commands against fabric8's mock server in CRUD mode. */
@EnableKubernetesMockClient(crud = true, https = false)
class SparkConnectCommandsTest {
  private static final String BARE = """
      apiVersion: sparkoperator.k8s.io/v1alpha1
      kind: SparkConnect
      metadata:
        name: connect
        namespace: default
      spec:
        sparkVersion: 4.0.1
        image: apache/spark:4.0.1
        server: {cores: 1}
        executor: {instances: 2}
      """;

  KubernetesMockServer server;
  KubernetesClient kubernetes;

  @TempDir
  Path dir;

  @Test
  void renderPrintsTheSparkConnectSample() {
    CliRun run = CliRun.of("render", "spark-connect");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("apiVersion: sparkoperator.k8s.io/v1alpha1\nkind: SparkConnect\n")
        .contains("        - image: docker.io/apache/spark:4.0.1\n");
  }

  @Test
  void fmtWritesTheCanonicalForm() throws Exception {
    Path file = Files.writeString(dir.resolve("connect.yaml"), BARE);

    CliRun run = CliRun.of("fmt", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("""
        apiVersion: sparkoperator.k8s.io/v1alpha1
        kind: SparkConnect
        metadata:
          name: connect
          namespace: default
        spec:
          executor:
            instances: 2
          image: apache/spark:4.0.1
          server:
            cores: 1
          sparkVersion: 4.0.1
        """);
  }

  @Test
  void validateReportsTheConnectRulesWithFileLineAndColumn() throws Exception {
    Path file = Files.writeString(dir.resolve("connect.yaml"),
        BARE + "  sparkConf:\n    spark.connect.grpc.binding.port: \"4040\"\n");

    CliRun run = CliRun.of("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(file + ":12:5: error: spec.sparkConf[\"spark.connect.grpc.binding.port\"]: "
        + "spark.connect.grpc.binding.port is 4040, the port of spark.ui.port on the Spark Connect server");
  }

  @Test
  void probesAddPutsTheGrpcReadinessProbeOnTheServer() throws Exception {
    Path file = Files.writeString(dir.resolve("connect.yaml"), BARE);

    CliRun run = CliRun.of("probes", "add", "--readiness", "connect-grpc", "--liveness", "spark-ui",
        "--executors", "tcp", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("""
                name: spark-kubernetes-driver
                readinessProbe:
                  failureThreshold: 3
                  initialDelaySeconds: 0
                  periodSeconds: 10
                  successThreshold: 1
                  tcpSocket:
                    port: 15002
        """.indent(2)).contains("    spark.connect.grpc.binding.port: \"15002\"\n");
  }

  @Test
  void explainListsTheServersProbes() throws Exception {
    Path file = Files.writeString(dir.resolve("connect.yaml"),
        CliRun.of("probes", "add", "--readiness", "connect-grpc", Files.writeString(dir.resolve("bare.yaml"), BARE)
            .toString()).out());

    CliRun run = CliRun.of("explain", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    // readiness defaults of the preset: 10 + 2*10 + 5
    assertThat(run.out()).containsPattern("connect +server +spark-kubernetes-driver +readiness +35s .*tcp :15002");
  }

  @Test
  void applyWaitsUntilTheOperatorReportsTheServerReadyThenStatusAndDelete() throws Exception {
    MockCluster.installOperator(server);
    String kubeconfig = MockCluster.kubeconfig(server, dir).toString();
    CompletableFuture<Void> operator = CompletableFuture.runAsync(() -> {
      var connect = kubernetes.genericKubernetesResources(MockCluster.SPARK_CONNECTS).inNamespace("default")
          .withName("spark-connect");
      connect.waitUntilCondition(Objects::nonNull, 20, TimeUnit.SECONDS);
      connect.patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"state\":\"NotReady\"}}");
      connect.patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"state\":\"Ready\",\"server\":"
          + "{\"podName\":\"spark-connect-server\",\"serviceName\":\"spark-connect-server\"},"
          + "\"executors\":{\"running\":2}}}");
    });

    CliRun apply = CliRun.of("apply", "--create-or-replace", "--wait-connect", "READY", "--timeout", "20s",
        "--kubeconfig", kubeconfig, MockCluster.sparkConnectFile(dir).toString());

    operator.get(20, TimeUnit.SECONDS);
    assertThat(apply.err()).isEmpty();
    assertThat(apply.exitCode()).isZero();
    assertThat(apply.out()).isEqualTo("SparkConnect default/spark-connect applied\n"
        + "SparkConnect default/spark-connect reached READY\n");

    CliRun status = CliRun.of("status", "--connect", "spark-connect", "--kubeconfig", kubeconfig);
    assertThat(status.exitCode()).as(status.err()).isZero();
    assertThat(status.out()).contains("Kind:          SparkConnect\n", "State:         Ready\n",
        "Server pod:    spark-connect-server\n", "Service:       spark-connect-server\n", "Executors:     2 running\n");

    CliRun delete = CliRun.of("delete", "--connect", "spark-connect", "--kubeconfig", kubeconfig);
    assertThat(delete.out()).isEqualTo("SparkConnect default/spark-connect deleted\n");
    CliRun again = CliRun.of("status", "--connect", "spark-connect", "--kubeconfig", kubeconfig);
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).isEqualTo("sparkapp status: SparkConnect default/spark-connect not found; check the name "
        + "and --namespace\n");
  }

  @Test
  void scheduledAndConnectExcludeEachOther() {
    CliRun run = CliRun.of("status", "--connect", "--scheduled", "x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--scheduled and --connect exclude each other: give one");
  }
}
