package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static dev.sparkapp.core.validate.TestApps.withDriverContainers;
import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodTemplateRulesTest {
  private static final String CONTAINERS = "spec.driver.template.spec.containers";

  private static Container named(String name) {
    return new ContainerBuilder().withName(name).build();
  }

  @Test
  void acceptsDistinctValidNamesPortsAndMountsOfDeclaredVolumes() {
    Container driver = new ContainerBuilder(named("spark-kubernetes-driver"))
        .addNewPort().withName("custom-port").withContainerPort(12345).endPort()
        .addNewVolumeMount().withName("data").withMountPath("/data").endVolumeMount()
        .addNewVolumeMount().withName("scratch").withMountPath("/scratch").endVolumeMount()
        .build();
    ValidationResult result = validate(TestApps.app(s -> s
        .volumes(List.of(new VolumeBuilder().withName("data").withNewEmptyDir().endEmptyDir().build()))
        .driver(d -> d.cores(1).template(new PodTemplateSpecBuilder().withNewSpec().withContainers(driver, named("agent"))
            .addNewVolume().withName("scratch").withNewEmptyDir().endEmptyDir().endVolume().endSpec().build()))));

    assertThat(result.violations()).isEmpty();
  }

  @Test
  void rejectsContainerNamesThatAreNotDns1123Labels() {
    assertThat(violations(validate(withDriverContainers(named("Spark_Driver"))), PodTemplateRules.CONTAINER_NAME))
        .containsExactly(CONTAINERS + "[0].name: error: 'Spark_Driver' is not a valid container name: use at most 63 "
            + "lower-case letters, digits or '-', starting and ending with a letter or digit [template-container-name]");
  }

  @Test
  void rejectsDuplicateContainerNamesAcrossTemplateAndSidecars() {
    ValidationResult result = validate(withDriverContainers(
        s -> s.driver(d -> d.cores(1).template(TestApps.template(named("spark-kubernetes-driver"), named("agent")))
            .addSidecars(named("agent"))),
        named("unused")));

    assertThat(violations(result, PodTemplateRules.DUPLICATE_CONTAINER)).containsExactly("spec.driver.sidecars[0]"
        + ".name: error: container name 'agent' is already used at " + CONTAINERS + "[1].name: give every container of "
        + "the pod its own name [template-duplicate-container]");
  }

  @Test
  void rejectsContainerPortsOutOfRange() {
    Container container = new ContainerBuilder(named("spark-kubernetes-driver"))
        .addNewPort().withContainerPort(0).endPort()
        .addNewPort().withContainerPort(80).withHostPort(70000).endPort()
        .build();

    assertThat(violations(validate(withDriverContainers(container)), PodTemplateRules.CONTAINER_PORT)).containsExactly(
        CONTAINERS + "[0].ports[0].containerPort: error: containerPort must be a number from 1 to 65535, got 0 "
            + "[template-container-port]",
        CONTAINERS + "[0].ports[1].hostPort: error: hostPort must be a number from 1 to 65535 (or 0 for none), got "
            + "70000 [template-container-port]");
  }

  @Test
  void rejectsMountsOfUndeclaredVolumes() {
    Container container = new ContainerBuilder(named("spark-kubernetes-driver"))
        .addNewVolumeMount().withName("spark-local-dir-1").withMountPath("/tmp").endVolumeMount()
        .build();
    ValidationResult result = validate(withDriverContainers(s -> s
        .volumes(List.of(new VolumeBuilder().withName("data").withNewEmptyDir().endEmptyDir().build()))
        .executor(e -> e.instances(1).addVolumeMounts(new VolumeMountBuilder().withName("cache").withMountPath("/c").build())),
        container));

    assertThat(violations(result, PodTemplateRules.VOLUME_MOUNT)).containsExactly(
        CONTAINERS + "[0].volumeMounts[0].name: error: volume mount 'spark-local-dir-1' refers to no declared volume "
            + "(declared: data): add a volume of that name to spec.volumes or the template's volumes "
            + "[template-volume-mount]",
        "spec.executor.volumeMounts[0].name: error: volume mount 'cache' refers to no declared volume (declared: data)"
            + ": add a volume of that name to spec.volumes or the template's volumes [template-volume-mount]");
  }
}
