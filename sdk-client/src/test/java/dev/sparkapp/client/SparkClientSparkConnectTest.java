package dev.sparkapp.client;

import static dev.sparkapp.client.Fixtures.installOperator;
import static dev.sparkapp.client.Fixtures.sparkConnect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkConnectState;
import dev.sparkapp.core.SparkConnectStatus;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SparkClient with SparkConnect resources against fabric8's mock server in CRUD mode. */
@EnableKubernetesMockClient(crud = true)
class SparkClientSparkConnectTest {
  KubernetesMockServer server;
  KubernetesClient kubernetes;
  SparkClient spark;

  @BeforeEach
  void setUp() {
    installOperator(server);
    spark = Fixtures.createOrReplaceClient(kubernetes);
  }

  @Test
  void appliesAtV1alpha1AndReadsTheTypedSparkConnectBack() throws InterruptedException {
    SparkConnect applied = spark.apply(sparkConnect("connect"));

    assertThat(applied.spec()).isEqualTo(sparkConnect("connect").spec());
    assertThat(applied.metadata().getUid()).isNotBlank();
    assertThat(spark.get(SparkConnect.class, "connect")).get()
        .satisfies(c -> assertThat(c.spec().executor().orElseThrow().instances()).contains(2));
    assertThat(spark.list(SparkConnect.class)).hasSize(1);
    assertThat(kubernetes.genericKubernetesResources("sparkoperator.k8s.io/v1alpha1", "SparkConnect")
        .inNamespace("default").withName("connect").get()).isNotNull();
  }

  @Test
  void deleteRemovesTheSparkConnect() {
    spark.apply(sparkConnect("connect"));

    assertThat(spark.delete(SparkConnect.class, "connect")).isTrue();
    assertThat(spark.get(SparkConnect.class, "connect")).isEmpty();
    assertThat(spark.delete(SparkConnect.class, "connect")).isFalse();
  }

  @Test
  void waitForConnectReturnsOnceTheOperatorReportsTheServerReady() {
    spark.apply(sparkConnect("connect"));
    CompletableFuture<Void> operator = CompletableFuture.runAsync(() -> {
      pause(150);
      setStatus("connect", "{\"state\":\"NotReady\",\"server\":{\"podName\":\"connect-server\"}}");
      pause(150);
      setStatus("connect", "{\"state\":\"Ready\",\"server\":{\"podName\":\"connect-server\",\"podIp\":\"10.0.0.7\","
          + "\"serviceName\":\"connect-server\"},\"conditions\":[{\"type\":\"ServerPodReady\",\"status\":\"True\","
          + "\"reason\":\"ServerPodReady\",\"message\":\"Server pod is ready\","
          + "\"lastTransitionTime\":\"2026-11-28T10:00:00Z\"}]}");
    });

    SparkConnectStatus status = spark.waitForConnect("connect", Duration.ofSeconds(10), SparkConnectState.READY);

    assertThat(status.stateType()).isEqualTo(SparkConnectState.READY);
    assertThat(status.server().orElseThrow().serviceName()).contains("connect-server");
    assertThat(status.conditions()).singleElement().satisfies(c -> assertThat(c.getStatus()).isEqualTo("True"));
    operator.join();
  }

  @Test
  void waitForConnectStopsWhenTheServerFails() {
    spark.apply(sparkConnect("connect"));
    setStatus("connect", "{\"state\":\"Failed\",\"conditions\":[{\"type\":\"ServerPodReady\",\"status\":\"False\","
        + "\"reason\":\"ServerPodNotReady\",\"message\":\"Server pod is not ready: image not found\","
        + "\"lastTransitionTime\":\"2026-11-28T10:00:00Z\"}]}");

    assertThatThrownBy(() -> spark.waitForConnect("connect", Duration.ofSeconds(5), SparkConnectState.READY))
        .isInstanceOfSatisfying(TerminalStateException.class, e -> {
          assertThat(e.connectStatus().orElseThrow().state()).contains("Failed");
          assertThat(e.status()).isNull();
        })
        .hasMessage("SparkConnect default/connect reached the terminal state FAILED (Server pod is not ready: image "
            + "not found) while waiting for READY; it will not change any more. Check the server pod's events and "
            + "logs, fix the SparkConnect and apply it again.");
  }

  @Test
  void waitForConnectTimesOutWithTheLastSeenStateAndTheCommandToLookFurther() {
    spark.apply(sparkConnect("connect"));
    setStatus("connect", "{\"state\":\"NotReady\"}");

    assertThatThrownBy(() -> spark.waitForConnect("connect", Duration.ofMillis(300), SparkConnectState.READY))
        .isInstanceOf(WaitTimeoutException.class)
        .hasMessage("Timed out after PT0.3S waiting for SparkConnect default/connect to reach READY; its last state "
            + "was NOT_READY. Wait longer (--timeout) or check the operator's events: kubectl describe "
            + "sparkconnects.sparkoperator.k8s.io -n default connect");
  }

  @Test
  void waitForAMissingSparkConnectFailsAtOnce() {
    assertThatThrownBy(() -> spark.waitForConnect("nope", Duration.ofSeconds(30), SparkConnectState.READY))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("SparkConnect default/nope does not exist");
  }

  private void setStatus(String name, String status) {
    io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource> resource =
        kubernetes.genericKubernetesResources(ResourceType.SPARK_CONNECT.context()).inNamespace("default").withName(name);
    resource.patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":" + status + "}");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
