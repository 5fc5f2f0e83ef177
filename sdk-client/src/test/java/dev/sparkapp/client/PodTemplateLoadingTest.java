package dev.sparkapp.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.probe.Probes;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preset probes survive the way Spark reads pod templates: the operator (v2.5.2,
 * {@code pkg/util/util.go WriteObjectToFile}) writes {@code spec.driver.template} / {@code
 * spec.executor.template} as YAML to a file, and Spark 4.0.1 ({@code KubernetesUtils.loadPodFromTemplate})
 * reads it with {@code kubernetesClient.pods().load(file).item()}. fabric8 7.x does no {@code ${...}}
 * parameter substitution there (5.x's {@code Serialization.unmarshal(in, parameters)} is gone), so shell
 * text reaches the container as written.
 */
class PodTemplateLoadingTest {
  @TempDir Path dir;

  @Test
  void presetProbesReadBackFromATemplateFileUnchanged() throws Exception {
    SparkApplication app = SparkApplication.builder().metadata(m -> m.withName("template-load"))
        .spec(s -> s.image("docker.io/apache/spark:4.0.1")
            .driver(d -> d.startupProbe(Probes.sparkUi()).livenessProbe(Probes.logStaleness(Duration.ofMinutes(10))))
            .executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofMinutes(15)))
                .readinessProbe(Probes.blockManager())))
        .build();
    KubernetesSerialization serialization = new KubernetesSerialization();

    try (KubernetesClient client = new KubernetesClientBuilder().build()) {
      for (SparkPod pod : SparkPod.applicationRoles()) {
        PodTemplateSpec template = pod.specIn(app.spec()).orElseThrow().template().orElseThrow();
        Path file = Files.writeString(dir.resolve(pod.specField() + "-pod-template.yaml"),
            serialization.asYaml(template));

        Pod loaded = client.pods().load(file.toFile()).item();

        Container written = template.getSpec().getContainers().get(0);
        Container read = loaded.getSpec().getContainers().get(0);
        assertThat(read.getName()).isEqualTo(pod.containerName());
        assertThat(read).isEqualTo(written);
      }
    }
  }

  @Test
  void templateLoadingLeavesDollarPlaceholdersAlone() throws Exception {
    PodTemplateSpec template = new PodTemplateSpecBuilder()
        .withNewMetadata().addToAnnotations("owner", "${USER}").endMetadata()
        .withNewSpec().addNewContainer().withName("spark-kubernetes-driver")
        .withCommand("/bin/sh", "-c", "echo $HOME ${HOME} $1 $(date) $((1+2))").endContainer().endSpec()
        .build();
    Path file = Files.writeString(dir.resolve("pod-template.yaml"), new KubernetesSerialization().asYaml(template));

    try (KubernetesClient client = new KubernetesClientBuilder().build()) {
      Pod loaded = client.pods().load(file.toFile()).item();

      assertThat(loaded.getMetadata().getAnnotations()).containsEntry("owner", "${USER}");
      assertThat(loaded.getSpec().getContainers().get(0).getCommand())
          .containsExactly("/bin/sh", "-c", "echo $HOME ${HOME} $1 $(date) $((1+2))");
    }
  }
}
