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
import java.util.Map;
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
        .driver(d -> d.cores(1).addVolumeMounts(new VolumeMountBuilder().withName("data").withMountPath("/data").build())
            .template(new PodTemplateSpecBuilder().withNewSpec().withContainers(driver, named("agent"))
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
            .addSidecars(new ContainerBuilder(named("agent")).withImage("agent:2").build())),
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
  void rejectsMountsOfVolumesThePodDoesNotHave() {
    Container container = new ContainerBuilder(named("spark-kubernetes-driver"))
        .addNewVolumeMount().withName("cache").withMountPath("/tmp").endVolumeMount()
        .build();
    ValidationResult result = validate(withDriverContainers(container));

    assertThat(violations(result, PodTemplateRules.VOLUME_MOUNT)).containsExactly(
        CONTAINERS + "[0].volumeMounts[0].name: error: volume mount 'cache' refers to no volume of the driver pod (it "
            + "has pod-template-volume, spark-local-dir-1, spark-conf-volume-driver), so the pod is rejected: add a "
            + "volume of that name to the template's volumes, or to spec.volumes and mount it in "
            + "spec.driver.volumeMounts [template-volume-mount]");
  }

  @Test
  void rejectsMountsOfSpecVolumesTheOperatorDoesNotAddToThePod() {
    Container sidecar = new ContainerBuilder(named("agent"))
        .addNewVolumeMount().withName("data").withMountPath("/data").endVolumeMount()
        .build();
    ValidationResult result = validate(TestApps.app(s -> s.volumes(List.of(emptyDir("data")))
        .executor(e -> e.instances(1).addSidecars(sidecar))));

    assertThat(violations(result, PodTemplateRules.VOLUME_MOUNT)).containsExactly(
        "spec.executor.sidecars[0].volumeMounts[0].name: error: volume mount 'data' refers to a volume of "
            + "spec.volumes, but the operator adds a volume of spec.volumes to the executor pod only when "
            + "spec.executor.volumeMounts mounts it, so the pod is rejected: add a mount of 'data' to "
            + "spec.executor.volumeMounts, or declare the volume in the template's volumes [template-volume-mount]");
    assertThat(validate(TestApps.app(s -> s.volumes(List.of(emptyDir("data")))
        .executor(e -> e.instances(1).addSidecars(sidecar).addVolumeMounts(mount("data", "/data"))))).violations())
        .isEmpty();
  }

  /** data-on-eks examples/ebs-storage-dynamic-pvc.yaml: init containers mount a PVC that sparkConf declares. */
  @Test
  void acceptsInitContainersMountingAVolumeDeclaredInSparkConf() {
    Container init = new ContainerBuilder(named("volume-permissions")).withImage("busybox")
        .withCommand("sh", "-c", "chown -R 185 /data1")
        .addNewVolumeMount().withName("spark-local-dir-1").withMountPath("/data1").endVolumeMount()
        .build();
    Map<String, String> conf = new java.util.LinkedHashMap<>();
    conf.put("spark.local.dir", "/data1");
    for (String pod : List.of("driver", "executor")) {
      String prefix = "spark.kubernetes." + pod + ".volumes.persistentVolumeClaim.spark-local-dir-1.";
      conf.put(prefix + "options.claimName", "OnDemand");
      conf.put(prefix + "options.storageClass", "gp3");
      conf.put(prefix + "options.sizeLimit", "100Gi");
      conf.put(prefix + "mount.path", "/data1");
      conf.put(prefix + "mount.readOnly", "false");
    }
    ValidationResult result = validate(TestApps.app(s -> s.sparkConf(conf)
        .volumes(List.of(new VolumeBuilder().withName("spark-log4j2").withNewConfigMap().withName("spark-log4j2-config")
            .endConfigMap().build()))
        .driver(d -> d.cores(1).addInitContainers(init).addVolumeMounts(mount("spark-log4j2", "/opt/spark/log4j2-custom")))
        .executor(e -> e.instances(2).addInitContainers(init)
            .addVolumeMounts(mount("spark-log4j2", "/opt/spark/log4j2-custom")))));

    assertThat(result.violations()).isEmpty();
    assertThat(violations(validate(TestApps.app(s -> s.driver(d -> d.cores(1).addInitContainers(init)))),
        PodTemplateRules.VOLUME_MOUNT)).isEmpty();
    assertThat(violations(validate(TestApps.app(s -> s.sparkConf(Map.of("spark.local.dir", "/a,/b"))
        .driver(d -> d.cores(1).addInitContainers(new ContainerBuilder(init).editFirstVolumeMount()
            .withName("spark-local-dir-3").endVolumeMount().build())))), PodTemplateRules.VOLUME_MOUNT))
        .singleElement().asString().contains("'spark-local-dir-3' refers to no volume of the driver pod (it has "
            + "pod-template-volume, spark-local-dir-1, spark-local-dir-2, spark-conf-volume-driver)");
  }

  @Test
  void acceptsMountsOfVolumesTheOperatorAddsForConfigMapsAndMonitoring() {
    Container sidecar = new ContainerBuilder(named("reader"))
        .addNewVolumeMount().withName("spark-configmap-volume").withMountPath("/a").endVolumeMount()
        .addNewVolumeMount().withName("hadoop-configmap-volume").withMountPath("/b").endVolumeMount()
        .addNewVolumeMount().withName("extra-conf-vol").withMountPath("/c").endVolumeMount()
        .addNewVolumeMount().withName("spark-pi-prom-conf-vol").withMountPath("/d").endVolumeMount()
        .addNewVolumeMount().withName("creds-volume").withMountPath("/e").endVolumeMount()
        .build();
    ValidationResult result = validate(TestApps.app(s -> s.sparkConfigMap("spark-conf").hadoopConfigMap("hadoop-conf")
        .monitoring(m -> m.exposeDriverMetrics(true).exposeExecutorMetrics(false)
            .prometheus(p -> p.jmxExporterJar("/prometheus/jmx.jar")))
        .driver(d -> d.cores(1).addSidecars(sidecar)
            .addConfigMaps(dev.sparkapp.core.NamePath.of("extra-conf", "/etc/extra"))
            .addSecrets(dev.sparkapp.core.SecretInfo.builder().name("creds").path("/etc/creds")
                .secretType(dev.sparkapp.core.SecretType.GENERIC).build()))));

    assertThat(result.violations()).isEmpty();
    assertThat(violations(validate(TestApps.app(s -> s.driver(d -> d.cores(1).addSidecars(sidecar)))),
        PodTemplateRules.VOLUME_MOUNT)).hasSize(5);
  }

  @Test
  void rejectsLocalDirMountsTheOperatorCannotPassToSpark() {
    ValidationResult result = validate(TestApps.app(s -> s
        .volumes(List.of(new VolumeBuilder().withName("spark-local-dir-2").withNewConfigMap().withName("x").endConfigMap()
            .build()))
        .driver(d -> d.cores(1).addVolumeMounts(mount("spark-local-dir-1", "/l1"), mount("spark-local-dir-2", "/l2"),
            mount("gone", "/g")))));

    assertThat(violations(result, PodTemplateRules.VOLUME_MOUNT)).containsExactly(
        "spec.driver.volumeMounts[0].name: error: volume mount 'spark-local-dir-1' refers to no volume of "
            + "spec.volumes, and the operator fails the submission with 'volume spark-local-dir-1 not found': add a "
            + "volume named 'spark-local-dir-1' to spec.volumes [template-volume-mount]",
        "spec.driver.volumeMounts[1].name: error: volume 'spark-local-dir-2' of spec.volumes is passed to Spark as a "
            + "local directory, and the operator fails the submission with 'unsupported volume type': make it an "
            + "emptyDir, hostPath, nfs or persistentVolumeClaim volume, or rename it so that it does not start with "
            + "'spark-local-dir-' [template-volume-mount]",
        "spec.driver.volumeMounts[2].name: error: volume mount 'gone' refers to no volume of spec.volumes (declared: "
            + "spark-local-dir-2), and the operator drops the mount silently (it looks only in spec.volumes): add a "
            + "volume of that name to spec.volumes [template-volume-mount]");
  }

  @Test
  void rejectsAVolumeNameThatSparkOrTheOperatorAddsAgain() {
    Container agent = new ContainerBuilder(named("agent"))
        .addNewVolumeMount().withName("spark-local-dir-1").withMountPath("/scratch").endVolumeMount().build();
    ValidationResult result = validate(TestApps.app(s -> s
        .volumes(List.of(emptyDir("data")))
        .driver(d -> d.cores(1).addVolumeMounts(mount("data", "/data"))
            .template(new PodTemplateSpecBuilder().withNewSpec().withContainers(named("spark-kubernetes-driver"), agent)
                .addToVolumes(emptyDir("spark-local-dir-1"), emptyDir("data")).endSpec().build()))));

    assertThat(violations(result, PodTemplateRules.DUPLICATE_VOLUME)).containsExactly(
        "spec.driver.template.spec.volumes[0].name: error: the driver pod gets two volumes named 'spark-local-dir-1', "
            + "one from the template's volumes and one from Spark, for its local directories, and the API server "
            + "rejects it: rename one of them [template-duplicate-volume]",
        "spec.driver.template.spec.volumes[1].name: error: the driver pod gets two volumes named 'data', one from the "
            + "template's volumes and one from the operator, for spec.volumes mounted by spec.driver.volumeMounts, and "
            + "the API server rejects it: rename one of them [template-duplicate-volume]");
  }

  @Test
  void aTemplateVolumeTheSparkContainerMountsAsLocalDirReplacesSparksOwn() {
    Container driver = new ContainerBuilder(named("spark-kubernetes-driver"))
        .addNewVolumeMount().withName("spark-local-dir-1").withMountPath("/scratch").endVolumeMount().build();

    assertThat(validate(TestApps.app(s -> s.driver(d -> d.cores(1).template(new PodTemplateSpecBuilder().withNewSpec()
        .withContainers(driver).addToVolumes(emptyDir("spark-local-dir-1")).endSpec().build())))).violations())
        .isEmpty();
  }

  @Test
  void aSidecarMayNotTakeTheNameOfTheContainerSparkCreatesButTheWebhookSkipsAnIdenticalOne() {
    Container sidecar = new ContainerBuilder(named("spark-kubernetes-executor")).withImage("envoy").build();
    ValidationResult created = validate(TestApps.app(s -> s.executor(e -> e.instances(1).addSidecars(sidecar))));
    ValidationResult identical = validate(TestApps.app(s -> s.executor(e -> e.instances(1)
        .template(TestApps.template(named("spark-kubernetes-executor"), new ContainerBuilder(named("envoy"))
            .withImage("envoy:1").build()))
        .addSidecars(new ContainerBuilder(named("envoy")).withImage("envoy:1").build()))));

    assertThat(violations(created, PodTemplateRules.DUPLICATE_CONTAINER)).containsExactly(
        "spec.executor.sidecars[0].name: error: container name 'spark-kubernetes-executor' is the name of the "
            + "container Spark creates for the executor (the template has none), so the pod has two containers of "
            + "that name: give this container another name [template-duplicate-container]");
    assertThat(identical.violations()).isEmpty();
  }

  @Test
  void rejectsAPortNameSparkOrTheWebhookAlsoGivesTheSparkContainer() {
    Container driver = new ContainerBuilder(named("spark-kubernetes-driver"))
        .addNewPort().withName("spark-ui").withContainerPort(4040).endPort()
        .addNewPort().withName("metrics").withContainerPort(9090).endPort()
        .addNewPort().withName("other").withContainerPort(9091).endPort()
        .build();
    ValidationResult result = validate(TestApps.app(s -> s.driver(d -> d.cores(1).template(TestApps.template(driver))
        .addPorts(dev.sparkapp.core.Port.builder().name("metrics").protocol("TCP").containerPort(9090).build()))));

    assertThat(violations(result, PodTemplateRules.CONTAINER_PORT)).containsExactly(
        CONTAINERS + "[0].ports[0].name: error: Spark or the operator adds a port named 'spark-ui' (4040) to this "
            + "container too, and the API server rejects two ports of one name: remove this port or give it another "
            + "name [template-container-port]",
        CONTAINERS + "[0].ports[1].name: error: Spark or the operator adds a port named 'metrics' (9090) to this "
            + "container too, and the API server rejects two ports of one name: remove this port or give it another "
            + "name [template-container-port]");
  }

  /** h3-groundtruth finding 7: Spark adds these volumes to every driver and executor pod under the operator. */
  @Test
  void acceptsTemplateContainersMountingSparksOwnVolumes() {
    Container driverAgent = new ContainerBuilder(named("agent"))
        .addNewVolumeMount().withName("spark-conf-volume-driver").withMountPath("/conf").endVolumeMount()
        .addNewVolumeMount().withName("pod-template-volume").withMountPath("/tpl").endVolumeMount()
        .addNewVolumeMount().withName("spark-local-dir-1").withMountPath("/local").endVolumeMount().build();
    Container executorAgent = new ContainerBuilder(named("agent"))
        .addNewVolumeMount().withName("spark-conf-volume-exec").withMountPath("/conf").endVolumeMount().build();

    assertThat(validate(TestApps.app(s -> s
        .driver(d -> d.cores(1).template(TestApps.template(named("spark-kubernetes-driver"), driverAgent)))
        .executor(e -> e.instances(1).template(TestApps.template(named("spark-kubernetes-executor"), executorAgent)))))
        .violations()).isEmpty();
    assertThat(violations(validate(TestApps.app(s -> s
        .sparkConf(Map.of("spark.kubernetes.executor.disableConfigMap", "true"))
        .executor(e -> e.instances(1).template(TestApps.template(named("spark-kubernetes-executor"), executorAgent))))),
        PodTemplateRules.VOLUME_MOUNT)).singleElement().asString().contains("'spark-conf-volume-exec' refers to no volume");
  }

  private static io.fabric8.kubernetes.api.model.Volume emptyDir(String name) {
    return new VolumeBuilder().withName(name).withNewEmptyDir().endEmptyDir().build();
  }

  private static io.fabric8.kubernetes.api.model.VolumeMount mount(String name, String path) {
    return new VolumeMountBuilder().withName(name).withMountPath(path).build();
  }
}
