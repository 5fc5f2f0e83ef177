package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkPodSpecTest {
  /** A driver whose environment, sidecars and init containers all carry secret values. */
  private static DriverSpec driverWithSecrets() {
    return DriverSpec.builder()
        .memory("512m")
        .serviceAccount("spark")
        .putEnvVars("DB_PASSWORD", "s3cr3t-1")
        .addEnv(new EnvVarBuilder().withName("API_TOKEN").withValue("s3cr3t-2").build())
        .addSidecars(new ContainerBuilder().withName("proxy")
            .addNewEnv().withName("PROXY_KEY").withValue("s3cr3t-3").endEnv().build())
        .addInitContainers(new ContainerBuilder().withName("fetch")
            .withArgs("--password=s3cr3t-4").build())
        .build();
  }

  @Test
  void driverToStringMasksEnvEnvVarsSidecarsAndInitContainers() {
    assertThat(driverWithSecrets()).hasToString(
        "DriverSpec{memory=512m, env=****, envVars=****, sidecars=****, initContainers=****,"
            + " serviceAccount=spark, additionalProperties={}, probePresets={}}");
  }

  @Test
  void executorToStringMasksTheSameAttributes() {
    ExecutorSpec executor = ExecutorSpec.builder().from((SparkPodSpec) driverWithSecrets()).instances(2).build();

    assertThat(executor.toString())
        .startsWith("ExecutorSpec{")
        .contains("env=****", "envVars=****", "sidecars=****", "initContainers=****", "memory=512m", "instances=2")
        .doesNotContain("s3cr3t", "DB_PASSWORD", "API_TOKEN", "PROXY_KEY", "proxy", "fetch");
  }

  @Test
  void toStringMasksJavaOptionsAndThePodTemplate() {
    DriverSpec driver = DriverSpec.builder()
        .javaOptions("-Djavax.net.ssl.trustStorePassword=s3cr3t-5")
        .template(new PodTemplateSpecBuilder().withNewSpec().addNewContainer().withName("spark-kubernetes-driver")
            .addNewEnv().withName("DB_PASSWORD").withValue("s3cr3t-6").endEnv().endContainer().endSpec().build())
        .build();

    assertThat(driver).hasToString("DriverSpec{template=****, javaOptions=****, additionalProperties={}, probePresets={}}");
    assertThat(driver.javaOptions()).contains("-Djavax.net.ssl.trustStorePassword=s3cr3t-5");
  }

  @Test
  void maskingHidesOnlyThePrintedFormNotTheValues() {
    DriverSpec driver = driverWithSecrets();

    assertThat(driver.envVars()).containsEntry("DB_PASSWORD", "s3cr3t-1");
    assertThat(driver.env()).singleElement().satisfies(e -> assertThat(e.getValue()).isEqualTo("s3cr3t-2"));
    assertThat(driver.initContainers()).singleElement()
        .satisfies(c -> assertThat(c.getArgs()).containsExactly("--password=s3cr3t-4"));
  }

  @Test
  void unsetCollectionsAreNullAndExplicitlyEmptyOnesAreEmptyOnBothPodKinds() {
    List<SparkPodSpec> unset = List.of(DriverSpec.builder().build(), ExecutorSpec.builder().build());
    List<SparkPodSpec> empty = List.of(
        DriverSpec.builder().envVars(Map.of()).labels(Map.of()).secrets(List.of()).build(),
        ExecutorSpec.builder().envVars(Map.of()).labels(Map.of()).secrets(List.of()).build());

    assertThat(unset).allSatisfy(pod -> {
      assertThat(pod.envVars()).isNull();
      assertThat(pod.labels()).isNull();
      assertThat(pod.secrets()).isNull();
      assertThat(pod.memory()).isEmpty();
      assertThat(pod.additionalProperties()).isEmpty();
    });
    assertThat(empty).allSatisfy(pod -> {
      assertThat(pod.envVars()).isNotNull().isEmpty();
      assertThat(pod.labels()).isNotNull().isEmpty();
      assertThat(pod.secrets()).isNotNull().isEmpty();
    });
  }

  @Test
  void theSharedPodSettingsCopyFromADriverToAnExecutor() {
    DriverSpec driver = DriverSpec.builder()
        .cores(2)
        .memory("2g")
        .image("apache/spark:4.0.1")
        .putLabels("team", "data")
        .addConfigMaps(NamePath.of("spark-conf", "/etc/spark"))
        .putEnvSecretKeyRefs("DB_PASSWORD", NameKey.of("db", "password"))
        .podName("driver-0")
        .build();

    ExecutorSpec executor = ExecutorSpec.builder().from((SparkPodSpec) driver).build();

    assertThat(executor.cores()).contains(2);
    assertThat(executor.memory()).contains("2g");
    assertThat(executor.image()).contains("apache/spark:4.0.1");
    assertThat(executor.labels()).containsExactly(Map.entry("team", "data"));
    assertThat(executor.configMaps()).containsExactly(NamePath.of("spark-conf", "/etc/spark"));
    assertThat(executor.envSecretKeyRefs()).containsExactly(Map.entry("DB_PASSWORD", NameKey.of("db", "password")));
    assertThat(executor.envVars()).isNull();
    assertThat(executor.instances()).isEmpty();
  }
}
