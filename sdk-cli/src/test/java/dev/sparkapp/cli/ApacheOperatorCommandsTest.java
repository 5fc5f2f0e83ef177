package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.samples.SampleCatalog;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code apply}, {@code status}, {@code delete}, {@code why} and {@code logs} of the Apache operator's SparkApplication against fabric8's
 * mock server in CRUD mode; the test plays the operator by writing {@code status.currentState} as the
 * operator 1.0.0 does (ApplicationStatus: {@code currentStateSummary}, {@code lastTransitionTime},
 * {@code message}).
 */
@EnableKubernetesMockClient(crud = true, https = false)
class ApacheOperatorCommandsTest {
  static final CustomResourceDefinitionContext APACHE_APPLICATIONS = new CustomResourceDefinitionContext.Builder()
      .withGroup("spark.apache.org").withVersion("v1").withKind("SparkApplication").withPlural("sparkapplications")
      .withScope("Namespaced").build();

  KubernetesMockServer server;
  KubernetesClient kubernetes;

  @TempDir
  Path dir;

  @Test
  void appliesShowsTheOperatorsStateAndDeletesAnApacheApplication() throws Exception {
    String kubeconfig = applyTheApachePiSample();
    GenericKubernetesResource stored = kubernetes.genericKubernetesResources(APACHE_APPLICATIONS).inNamespace("default")
        .withName("pi").get();
    assertThat(stored.getApiVersion()).isEqualTo("spark.apache.org/v1");

    kubernetes.genericKubernetesResources(APACHE_APPLICATIONS).inNamespace("default").withName("pi")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"currentState\":{\"currentStateSummary\":"
            + "\"DriverReady\",\"lastTransitionTime\":\"2026-12-02T13:00:00Z\",\"message\":\"Driver has reached ready "
            + "state.\"}}}");
    CliRun status = CliRun.of("status", "--apache", "pi", "--kubeconfig", kubeconfig);
    assertThat(status.exitCode()).as(status.err()).isZero();
    assertThat(status.out()).contains("Kind:          SparkApplication\n", "State:         DriverReady\n",
        "Message:       Driver has reached ready state.\n");

    CliRun delete = CliRun.of("delete", "--apache", "pi", "--kubeconfig", kubeconfig);
    assertThat(delete.exitCode()).as(delete.err()).isZero();
    assertThat(kubernetes.genericKubernetesResources(APACHE_APPLICATIONS).inNamespace("default").withName("pi").get())
        .isNull();
  }

  /**
   * The operator failed the application with DriverReadyTimedOut (its {@code SparkAppStatusUtils.driverReadyTimedOut}
   * and {@code DRIVER_LAUNCH_TIMEOUT_MESSAGE}) and released it; the kubelet's {@code Unhealthy} event of the
   * driver's readiness probe ({@code pkg/kubelet/prober/prober.go}) is kept. The driver pod carries the labels
   * the operator and Spark give it ({@code spark.operator/spark-app-name}, {@code spark-role},
   * {@code spark-app-selector} = {@code NAME-ATTEMPT}, {@code SparkAppSubmissionWorker.generateSparkAppId}).
   */
  @Test
  void whyOfAnApacheApplicationGivesTheOperatorsTimeoutAndLogsReadTheDriverSparkRuns() throws Exception {
    String kubeconfig = applyTheApachePiSample();
    String timeout = "The driver has not responded to the initial health check request within the allotted start-up "
        + "time. This can be configured by setting .spec.applicationTolerations.applicationTimeoutConfig.";
    kubernetes.genericKubernetesResources(APACHE_APPLICATIONS).inNamespace("default").withName("pi")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"currentState\":{\"currentStateSummary\":"
            + "\"ResourceReleased\",\"lastTransitionTime\":\"2026-12-02T13:05:01Z\",\"message\":\"\"},"
            + "\"stateTransitionHistory\":{\"0\":{\"currentStateSummary\":\"DriverStarted\",\"message\":\"Driver has "
            + "started running.\"},\"1\":{\"currentStateSummary\":\"DriverReadyTimedOut\",\"message\":\"" + timeout
            + "\"},\"2\":{\"currentStateSummary\":\"ResourceReleased\",\"message\":\"\"}},"
            + "\"currentAttemptSummary\":{\"attemptInfo\":{\"id\":0,\"restartCounter\":0}}}}");
    kubernetes.pods().inNamespace("default").resource(new PodBuilder().withNewMetadata().withName("pi-0-driver")
        .withNamespace("default").addToLabels("spark.operator/spark-app-name", "pi").addToLabels("spark-role", "driver")
        .addToLabels("spark-app-selector", "pi-0").addToLabels("spark.operator/name", "spark-kubernetes-operator")
        .endMetadata().withNewSpec().addNewContainer().withName("spark-kubernetes-driver").withImage("apache/spark:4.0.1")
        .endContainer().endSpec().withNewStatus().withPhase("Running").endStatus().build()).create();
    kubernetes.v1().events().inNamespace("default").resource(new EventBuilder()
        .withNewMetadata().withName("pi-0-driver.17d2a9c3f0000001").withNamespace("default").endMetadata()
        .withNewInvolvedObject().withKind("Pod").withName("pi-0-driver").withNamespace("default")
        .withFieldPath("spec.containers{spark-kubernetes-driver}").endInvolvedObject()
        .withType("Warning").withReason("Unhealthy").withMessage("Readiness probe failed: Get "
            + "\"http://10.244.1.17:4040/\": dial tcp 10.244.1.17:4040: connect: connection refused").withCount(30)
        .withFirstTimestamp("2026-12-02T13:00:10Z").withLastTimestamp("2026-12-02T13:04:58Z")
        .withNewSource().withComponent("kubelet").withHost("node-1").endSource().build()).create();
    server.expect().get().withPath("/api/v1/namespaces/default/pods/pi-0-driver/log?pretty=false"
        + "&container=spark-kubernetes-driver&tailLines=20&limitBytes=16384").andReturn(200, "INFO started\n").always();
    server.expect().get().withPath("/api/v1/namespaces/default/pods/pi-0-driver/log?pretty=false"
        + "&container=spark-kubernetes-driver&previous=true&tailLines=1&limitBytes=65536")
        .andReturn(200, "INFO before the restart\n").once();

    CliRun why = CliRun.of("why", "--apache", "pi", "--kubeconfig", kubeconfig);
    CliRun logs = CliRun.of("logs", "--apache", "pi", "--previous", "--tail", "1", "--kubeconfig", kubeconfig);

    assertThat(why.exitCode()).as(why.err()).isZero();
    assertThat(why.out()).startsWith("SparkApplication default/pi: ResourceReleased\n")
        .contains("1. Timed out by the operator: DriverReadyTimedOut: the driver pod did not become Ready within "
            + "applicationTolerations.applicationTimeoutConfig.driverReadyTimeoutMillis after DriverStarted",
            "   evidence: status SparkApplication/pi: stateTransitionHistory[1]: DriverReadyTimedOut, message: " + timeout,
            "   evidence: event Pod/pi-0-driver: Unhealthy (x30): Readiness probe failed: Get",
            "sparkapp explain");
    assertThat(logs.exitCode()).as(logs.err()).isZero();
    assertThat(logs.out()).isEqualTo("INFO before the restart\n");
  }

  /** Serves the Apache SparkApplication type, applies the {@code apache-pi} sample, returns the kubeconfig's path. */
  private String applyTheApachePiSample() throws Exception {
    server.expectCustomResource(APACHE_APPLICATIONS);
    Path file = Files.writeString(dir.resolve("pi.yaml"),
        SparkYaml.strict().toYaml(SampleCatalog.named("apache-pi").orElseThrow().resources()));
    String kubeconfig = MockCluster.kubeconfig(server, dir).toString();
    CliRun apply = CliRun.of("apply", "--create-or-replace", "--kubeconfig", kubeconfig, file.toString());
    assertThat(apply.exitCode()).as(apply.err()).isZero();
    return kubeconfig;
  }

  @Test
  void aMissingApacheApplicationNamesItsGroup() throws Exception {
    server.expectCustomResource(APACHE_APPLICATIONS);
    CliRun run = CliRun.of("status", "--apache", "nope", "--kubeconfig", MockCluster.kubeconfig(server, dir).toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("sparkapp status: SparkApplication (spark.apache.org) default/nope not found; check "
        + "the name and --namespace\n");
  }
}
