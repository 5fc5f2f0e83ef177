package dev.sparkapp.cli;

import dev.sparkapp.samples.SampleCatalog;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fabric8 mock server seen by the CLI through a generated kubeconfig file. The tests run the mock over
 * plain HTTP: over TLS the client negotiates HTTP/2, which the mock server's watch (WebSocket) handling
 * does not close cleanly (its own clients disable HTTP/2).
 */
final class MockCluster {
  static final CustomResourceDefinitionContext SPARK_APPLICATIONS = crd("SparkApplication", "sparkapplications");
  static final CustomResourceDefinitionContext SCHEDULED = crd("ScheduledSparkApplication", "scheduledsparkapplications");
  static final CustomResourceDefinitionContext SPARK_CONNECTS = new CustomResourceDefinitionContext.Builder()
      .withGroup("sparkoperator.k8s.io").withVersion("v1alpha1").withKind("SparkConnect").withPlural("sparkconnects")
      .withScope("Namespaced").build();

  private MockCluster() {}

  /** Writes a kubeconfig whose current context points at {@code server}, namespace {@code default}. */
  static Path kubeconfig(KubernetesMockServer server, Path dir) throws IOException {
    return Files.writeString(dir.resolve("kubeconfig"), String.join("\n",
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- name: mock",
        "  cluster:",
        "    server: " + server.url("/"),
        "users:",
        "- name: tester",
        "  user:",
        "    token: test-token",
        "contexts:",
        "- name: mock",
        "  context: {cluster: mock, user: tester, namespace: default}",
        "current-context: mock",
        ""));
  }

  /** Makes the CRUD mock server serve the spark-operator's kinds. */
  static void installOperator(KubernetesMockServer server) {
    server.expectCustomResource(SPARK_APPLICATIONS);
    server.expectCustomResource(SCHEDULED);
    server.expectCustomResource(SPARK_CONNECTS);
  }

  /** Writes the spark-pi sample (default/spark-pi) to {@code dir/spark-pi.yaml}. */
  static Path sparkPiFile(Path dir) throws IOException {
    return Files.writeString(dir.resolve("spark-pi.yaml"),
        SparkYaml.strict().toYaml(SampleCatalog.named("spark-pi").orElseThrow().resources()));
  }

  /** Writes the spark-connect sample (default/spark-connect) to {@code dir/spark-connect.yaml}. */
  static Path sparkConnectFile(Path dir) throws IOException {
    return Files.writeString(dir.resolve("spark-connect.yaml"),
        SparkYaml.strict().toYaml(SampleCatalog.named("spark-connect").orElseThrow().resources()));
  }

  /** The SparkApplication {@code default/name}, seen through the test's own client. */
  static Resource<GenericKubernetesResource> sparkApplication(KubernetesClient kubernetes, String name) {
    return kubernetes.genericKubernetesResources(SPARK_APPLICATIONS).inNamespace("default").withName(name);
  }

  /** Plays the operator: sets {@code status.applicationState.state}. */
  static void setState(KubernetesClient kubernetes, String name, String state) {
    sparkApplication(kubernetes, name).patch(PatchContext.of(PatchType.JSON_MERGE),
        "{\"status\":{\"applicationState\":{\"state\":\"" + state + "\"},\"driverInfo\":{\"podName\":\"" + name
            + "-driver\"}}}");
  }

  /** Creates {@code default/name} directly on the server. */
  static void create(KubernetesClient kubernetes, CustomResourceDefinitionContext type, String name) {
    GenericKubernetesResource resource = new GenericKubernetesResource();
    resource.setApiVersion(type.getGroup() + "/" + type.getVersion());
    resource.setKind(type.getKind());
    resource.setMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName(name)
        .withNamespace("default").build());
    resource.setAdditionalProperties(Map.of("spec", Map.of("schedule", "@daily")));
    kubernetes.genericKubernetesResources(type).inNamespace("default").resource(resource).create();
  }

  private static CustomResourceDefinitionContext crd(String kind, String plural) {
    return new CustomResourceDefinitionContext.Builder().withGroup("sparkoperator.k8s.io").withVersion("v1beta2")
        .withKind(kind).withPlural(plural).withScope("Namespaced").build();
  }
}
