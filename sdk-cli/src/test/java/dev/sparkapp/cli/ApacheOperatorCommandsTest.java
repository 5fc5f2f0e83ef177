package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.samples.SampleCatalog;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
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
 * {@code apply}, {@code status} and {@code delete} of the Apache operator's SparkApplication against fabric8's
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
    server.expectCustomResource(APACHE_APPLICATIONS);
    Path file = Files.writeString(dir.resolve("pi.yaml"),
        SparkYaml.strict().toYaml(SampleCatalog.named("apache-pi").orElseThrow().resources()));
    String kubeconfig = MockCluster.kubeconfig(server, dir).toString();

    CliRun apply = CliRun.of("apply", "--create-or-replace", "--kubeconfig", kubeconfig, file.toString());
    assertThat(apply.exitCode()).as(apply.err()).isZero();
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

  @Test
  void aMissingApacheApplicationNamesItsGroup() throws Exception {
    server.expectCustomResource(APACHE_APPLICATIONS);
    CliRun run = CliRun.of("status", "--apache", "nope", "--kubeconfig", MockCluster.kubeconfig(server, dir).toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("sparkapp status: SparkApplication (spark.apache.org) default/nope not found; check "
        + "the name and --namespace\n");
  }
}
