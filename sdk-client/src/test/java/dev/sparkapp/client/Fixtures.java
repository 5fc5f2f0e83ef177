package dev.sparkapp.client;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;

/** Resources and mock-server set-up shared by the client tests. */
final class Fixtures {
  private Fixtures() {}

  /** A minimal SparkPi application in {@code namespace}. */
  static SparkApplication sparkPi(String name, String namespace) {
    return SparkApplication.builder()
        .metadata(m -> m.withName(name).withNamespace(namespace).addToLabels("app", name))
        .spec(s -> s.type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER)
            .image("apache/spark:4.0.1").sparkVersion("4.0.1")
            .mainClass("org.apache.spark.examples.SparkPi")
            .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
            .addArguments("1000")
            .driver(d -> d.cores(1).memory("512m").serviceAccount("spark"))
            .executor(e -> e.instances(1).cores(1).memory("512m")))
        .build();
  }

  /** A nightly run of SparkPi in {@code default}. */
  static ScheduledSparkApplication nightly(String name) {
    return ScheduledSparkApplication.builder()
        .metadata(m -> m.withName(name).withNamespace("default"))
        .spec(s -> s.schedule("0 2 * * *")
            .template(t -> t.type(SparkApplicationType.SCALA).sparkVersion("4.0.1")
                .mainApplicationFile("local:///opt/app.jar")
                .driver(d -> d.cores(1).memory("512m").serviceAccount("spark"))
                .executor(e -> e.instances(1).cores(1).memory("512m"))))
        .build();
  }

  /** The log4j2 ConfigMap an application mounts. */
  static ConfigMap log4j(String name) {
    return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace("default").endMetadata()
        .addToData("log4j2.properties", "rootLogger.level = info\n").build();
  }

  /** Renders {@code resource} as JSON, the way the API server answers. */
  static String json(Object resource) {
    return SparkYaml.strict().toJson(resource);
  }

  /** Returns {@code text} as a JSON string literal. */
  static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A SparkConnect server with two executors in {@code default}. */
  static SparkConnect sparkConnect(String name) {
    return SparkConnect.builder()
        .metadata(m -> m.withName(name).withNamespace("default"))
        .spec(s -> s.sparkVersion("4.0.1").image("apache/spark:4.0.1")
            .server(v -> v.cores(1).memory("1g"))
            .executor(e -> e.instances(2).cores(1).memory("512m")))
        .build();
  }

  /** A SparkClient on {@code kubernetes} in {@code default} that creates or replaces (the mock has no server-side apply). */
  static SparkClient createOrReplaceClient(io.fabric8.kubernetes.client.KubernetesClient kubernetes) {
    patientWithTheMock(kubernetes);
    return SparkClient.of(kubernetes).inNamespace("default").withOptions(
        SparkClientOptions.defaults().toBuilder().strategy(ApplyStrategy.CREATE_OR_REPLACE).build());
  }

  /**
   * Gives {@code kubernetes}'s requests 90 s instead of 10 s. fabric8 7.9.0's mock server closes a watch on its
   * event loop and waits there for its watch-event executor to stop ({@code WatchEventsListener.onClosed}:
   * {@code awaitTermination(1, MINUTES)}); when that executor is writing an event, the write waits for the same
   * event loop, and both wait until the write gives up after 30 s ({@code VertxMockWebSocket.awaitWrite}): a
   * request made right after a watch closed waited behind it and timed out. A real API server does not do this;
   * {@link CrudMockServer} is the mock without it.
   */
  static void patientWithTheMock(io.fabric8.kubernetes.client.KubernetesClient kubernetes) {
    kubernetes.getConfiguration().setRequestTimeout(90_000);
  }

  /** Makes the CRUD mock server serve the three spark-operator kinds, as if the operator were installed. */
  static void installOperator(KubernetesMockServer server) {
    for (ResourceType type : new ResourceType[] {ResourceType.SPARK_APPLICATION, ResourceType.SCHEDULED_SPARK_APPLICATION,
        ResourceType.SPARK_CONNECT}) {
      server.expectCustomResource(new CustomResourceDefinitionContext.Builder()
          .withGroup(type.group()).withVersion(type.version()).withKind(type.kind()).withPlural(type.plural())
          .withScope("Namespaced").build());
    }
  }
}
