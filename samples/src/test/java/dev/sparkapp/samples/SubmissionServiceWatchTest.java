package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.client.ApplyStrategy;
import dev.sparkapp.client.SparkClient;
import dev.sparkapp.client.SparkClientOptions;
import dev.sparkapp.core.SparkApplication;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The submission service submits, watches and diagnoses a batch on fabric8's mock server in CRUD mode; the
 * test plays the operator (state texts from kubeflow spark-operator v2.5.2 {@code controller.go}) and the
 * kubelet (event texts from {@code pkg/kubelet/prober/prober.go} and {@code kuberuntime_manager.go}).
 */
@EnableKubernetesMockClient(crud = true, https = false)
class SubmissionServiceWatchTest {
  static final CustomResourceDefinitionContext APPS = new CustomResourceDefinitionContext.Builder()
      .withGroup("sparkoperator.k8s.io").withVersion("v1beta2").withKind("SparkApplication")
      .withPlural("sparkapplications").withScope("Namespaced").build();

  KubernetesMockServer server;
  KubernetesClient kubernetes;

  private Resource<GenericKubernetesResource> app(String name) {
    return kubernetes.genericKubernetesResources(APPS).inNamespace("default").withName(name);
  }

  private void state(String name, String status) {
    app(name).patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":" + status + "}");
  }

  /** Plays the operator once the service has submitted: one run completes, the other is killed by its probe. */
  private void operate(String ok, String hung) {
    kubernetes.genericKubernetesResources(APPS).inNamespace("default").informOnCondition(apps -> apps.size() == 2)
        .orTimeout(90, TimeUnit.SECONDS).join();
    state(ok, "{\"applicationState\":{\"state\":\"SUBMITTED\"},\"executionAttempts\":1}");
    state(hung, "{\"applicationState\":{\"state\":\"SUBMITTED\"},\"executionAttempts\":1,"
        + "\"driverInfo\":{\"podName\":\"" + hung + "-driver\"}}");
    state(ok, "{\"applicationState\":{\"state\":\"RUNNING\"}}");
    state(hung, "{\"applicationState\":{\"state\":\"RUNNING\"}}");
    state(ok, "{\"applicationState\":{\"state\":\"COMPLETED\"}}");
    for (String[] event : new String[][] {
        {"Warning", "Unhealthy", "Liveness probe failed: log file /var/log/spark/spark.log unchanged for 912s (limit 900s)"},
        {"Normal", "Killing", "Container spark-kubernetes-driver failed liveness probe"}}) {
      kubernetes.v1().events().inNamespace("default").resource(new EventBuilder()
          .withNewMetadata().withGenerateName(hung + "-driver.").withNamespace("default").endMetadata()
          .withNewInvolvedObject().withKind("Pod").withName(hung + "-driver").withNamespace("default")
          .withFieldPath("spec.containers{spark-kubernetes-driver}").endInvolvedObject()
          .withType(event[0]).withReason(event[1]).withMessage(event[2]).withCount(1)
          .withFirstTimestamp("2026-12-02T10:20:05Z").withLastTimestamp("2026-12-02T10:20:05Z")
          .withNewSource().withComponent("kubelet").withHost("node-1").endSource().build()).create();
    }
    state(hung, "{\"applicationState\":{\"state\":\"FAILED\",\"errorMessage\":\"driver container failed with "
        + "ExitCode: 143, Reason: Error\"}}");
  }

  @Test
  void submitsWatchesToTheEndAndSaysWhyTheFailedRunFailed() {
    server.expectCustomResource(APPS);
    SparkClient client = SparkClient.of(kubernetes).inNamespace("default").withOptions(
        SparkClientOptions.defaults().toBuilder().strategy(ApplyStrategy.CREATE_OR_REPLACE).build());
    List<SparkApplication> batch = new SubmissionServiceSample().batch(List.of("2024-06-01", "2024-06-02"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CompletableFuture<Void> operator = CompletableFuture.runAsync(
        () -> operate("orders-backfill-2024-06-01", "orders-backfill-2024-06-02"));

    int status = SubmissionServiceSample.submitAndWatch(client, batch,
        new PrintStream(bytes, true, StandardCharsets.UTF_8), Duration.ofSeconds(180));
    operator.join();

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).isEqualTo(SubmissionServiceSample.EXIT_FAILED);
    assertThat(out).contains(
        "SparkApplication default/orders-backfill-2024-06-01: RUNNING -> COMPLETED (attempt 1)",
        "SparkApplication default/orders-backfill-2024-06-02: RUNNING -> FAILED (attempt 1)",
        "SparkApplication default/orders-backfill-2024-06-02: FAILED\n",
        "Killed by a liveness probe (preset log-staleness)",
        "log file /var/log/spark/spark.log unchanged for 912s (limit 900s)");
    assertThat(out).doesNotContain("default/orders-backfill-2024-06-01: COMPLETED\n");
  }
}
