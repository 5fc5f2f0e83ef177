package dev.sparkapp.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPodSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BuiltPodTest {
  private static SparkApplicationSpec spec(Consumer<SparkApplicationSpec.Builder> change) {
    return TestApps.app(change).spec();
  }

  private static BuiltPod built(SparkApplicationSpec spec, SparkPod role) {
    return BuiltPod.of(spec, role, role.specIn(spec).orElseThrow());
  }

  private static List<String> volumeNames(BuiltPod pod) {
    return pod.volumes().stream().map(BuiltPod.PodVolume::name).toList();
  }

  private static Container named(String name) {
    return new ContainerBuilder().withName(name).build();
  }

  private static PodContainers.Declared templateContainer(SparkApplicationSpec spec, SparkPod role, int index) {
    SparkPodSpec pod = role.specIn(spec).orElseThrow();
    return PodContainers.of(pod, FieldPath.of("spec", role.specField())).get(index);
  }

  @Test
  void aDriverWithoutSettingsHasSparksOwnVolumes() {
    assertThat(volumeNames(built(spec(s -> {}), SparkPod.DRIVER)))
        .containsExactly("pod-template-volume", "spark-local-dir-1", "spark-conf-volume-driver");
    assertThat(volumeNames(built(spec(s -> {}), SparkPod.EXECUTOR)))
        .containsExactly("spark-local-dir-1", "spark-conf-volume-exec");
    assertThat(volumeNames(built(spec(s -> s.sparkConf(Map.of("spark.kubernetes.executor.disableConfigMap", "true"))),
        SparkPod.EXECUTOR))).containsExactly("spark-local-dir-1");
  }

  @Test
  void sparkConfVolumesSecretsHadoopAndKerberosSettingsAddTheirVolumes() {
    Map<String, String> conf = new LinkedHashMap<>();
    conf.put("spark.kubernetes.driver.volumes.nfs.shared.mount.path", "/shared");
    conf.put("spark.kubernetes.driver.volumes.nfs.shared.options.server", "nfs.local");
    conf.put("spark.kubernetes.driver.volumes.nfs.shared.options.path", "/export");
    conf.put("spark.kubernetes.driver.secrets.db", "/etc/db");
    conf.put("spark.kubernetes.hadoop.configMapName", "hadoop");
    conf.put("spark.kubernetes.kerberos.krb5.configMapName", "krb5");
    conf.put("spark.kubernetes.kerberos.tokenSecret.name", "tokens");
    conf.put("spark.kubernetes.authenticate.driver.oauthToken", "not-shown");

    BuiltPod driver = built(spec(s -> s.sparkConf(conf)), SparkPod.DRIVER);

    assertThat(volumeNames(driver)).containsExactly("kubernetes-credentials", "db-volume", "shared", "hadoop-properties",
        "krb5-file", "hadoop-secret", "pod-template-volume", "spark-local-dir-1", "spark-conf-volume-driver");
    assertThat(driver.volumes().get(2).origin()).isEqualTo("Spark, for sparkConf spark.kubernetes.driver.volumes.nfs.shared.*");
    assertThat(volumeNames(built(spec(s -> s.sparkConf(conf)), SparkPod.EXECUTOR)))
        .containsExactly("hadoop-properties", "spark-local-dir-1", "spark-conf-volume-exec");
  }

  @Test
  void anUploadedKeytabWinsOverATokenSecretAndALocalOneAddsNothing() {
    Map<String, String> conf = Map.of("spark.kerberos.keytab", "/home/me/me.keytab", "spark.kerberos.principal", "me",
        "spark.kubernetes.kerberos.tokenSecret.name", "tokens");
    Map<String, String> local = Map.of("spark.kerberos.keytab", "local:///etc/me.keytab", "spark.kerberos.principal", "me");

    assertThat(volumeNames(built(spec(s -> s.sparkConf(conf)), SparkPod.DRIVER))).contains("kerberos-keytab")
        .doesNotContain("hadoop-secret");
    assertThat(volumeNames(built(spec(s -> s.sparkConf(local)), SparkPod.DRIVER))).doesNotContain("kerberos-keytab");
  }

  @Test
  void aLocalDirMountOfTheSparkContainerReplacesSparksEmptyDirsAndExecutorsFollowTheDriversCount() {
    Map<String, String> conf = new LinkedHashMap<>();
    for (int i = 1; i <= 2; i++) {
      conf.put("spark.kubernetes.driver.volumes.hostPath.spark-local-dir-" + i + ".mount.path", "/d" + i);
      conf.put("spark.kubernetes.driver.volumes.hostPath.spark-local-dir-" + i + ".options.path", "/mnt/d" + i);
    }
    SparkApplicationSpec spec = spec(s -> s.sparkConf(conf));

    assertThat(volumeNames(built(spec, SparkPod.DRIVER))).containsExactly("spark-local-dir-1", "spark-local-dir-2",
        "pod-template-volume", "spark-conf-volume-driver");
    assertThat(volumeNames(built(spec, SparkPod.EXECUTOR)))
        .containsExactly("spark-local-dir-1", "spark-local-dir-2", "spark-conf-volume-exec");
  }

  @Test
  void theOperatorPassesLocalDirVolumesOfSpecVolumesToSparkAndAddsTheOthersItself() {
    SparkApplicationSpec spec = spec(s -> s
        .volumes(List.of(new io.fabric8.kubernetes.api.model.VolumeBuilder().withName("spark-local-dir-a")
                .withNewPersistentVolumeClaim().withClaimName("scratch").endPersistentVolumeClaim().build(),
            new io.fabric8.kubernetes.api.model.VolumeBuilder().withName("data").withNewEmptyDir().endEmptyDir().build(),
            new io.fabric8.kubernetes.api.model.VolumeBuilder().withName("unused").withNewEmptyDir().endEmptyDir().build()))
        .driver(d -> d.cores(1).addVolumeMounts(
            new VolumeMountBuilder().withName("spark-local-dir-a").withMountPath("/scratch").build(),
            new VolumeMountBuilder().withName("data").withMountPath("/data").build())));
    BuiltPod driver = built(spec, SparkPod.DRIVER);

    assertThat(volumeNames(driver)).containsExactly("spark-local-dir-a", "pod-template-volume",
        "spark-conf-volume-driver", "data");
    assertThat(driver.confVolumes()).singleElement().satisfies(v -> {
      assertThat(v.type()).isEqualTo("persistentVolumeClaim");
      assertThat(v.get("mount.path")).isEqualTo("/scratch");
    });
  }

  @Test
  void theSparkContainerIsTheOneNamedByTheOperatorElseTheFirst() {
    SparkApplicationSpec named = TestApps.withDriverContainers(named("agent"), named("spark-kubernetes-driver")).spec();
    SparkApplicationSpec unnamed = TestApps.withDriverContainers(named("main"), named("agent")).spec();
    SparkApplicationSpec twice = TestApps.withDriverContainers(named("a"), named("spark-kubernetes-driver"),
        named("spark-kubernetes-driver")).spec();

    assertThat(built(named, SparkPod.DRIVER).sparkContainer()).map(Container::getName).contains("spark-kubernetes-driver");
    assertThat(built(unnamed, SparkPod.DRIVER).sparkContainer()).map(Container::getName).contains("main");
    assertThat(built(twice, SparkPod.DRIVER).sparkContainer()).map(Container::getName).contains("a");
    assertThat(built(spec(s -> s.sparkConf(Map.of("spark.kubernetes.driver.podTemplateContainerName", "agent"))),
        SparkPod.DRIVER).sparkContainer()).isEmpty();
  }

  @Test
  void sparksPortsLandOnTheSparkContainerAndTheWebhooksOnTheContainerItFinds() {
    SparkApplicationSpec named = withPorts(named("agent"), named("spark-kubernetes-driver"));
    SparkApplicationSpec unnamed = withPorts(named("main"), named("agent"));

    assertThat(built(named, SparkPod.DRIVER).portsOf(templateContainer(named, SparkPod.DRIVER, 1)))
        .containsOnlyKeys("driver-rpc-port", "spark-ui", "blockmanager", "grpc");
    assertThat(built(named, SparkPod.DRIVER).portsOf(templateContainer(named, SparkPod.DRIVER, 0))).isEmpty();
    // Spark appends its container after the others, and the webhook falls back to the pod's first container.
    assertThat(built(unnamed, SparkPod.DRIVER).portsOf(templateContainer(unnamed, SparkPod.DRIVER, 0)))
        .containsOnlyKeys("driver-rpc-port", "spark-ui", "blockmanager");
    assertThat(built(unnamed, SparkPod.DRIVER).portsOf(templateContainer(unnamed, SparkPod.DRIVER, 1)))
        .containsOnlyKeys("grpc");
  }

  private static SparkApplicationSpec withPorts(Container... containers) {
    return spec(s -> s.driver(d -> d.cores(1).template(TestApps.template(containers))
        .addPorts(dev.sparkapp.core.Port.builder().name("grpc").protocol("TCP").containerPort(15002).build())));
  }

  @Test
  void thePrometheusPortIsNamedOnlyWhenTheWebhookMountsItsConfigButListensWhenExposed() {
    Consumer<SparkApplicationSpec.Builder> inImage = s -> s.monitoring(m -> m.exposeDriverMetrics(true)
        .exposeExecutorMetrics(true).metricsPropertiesFile("/etc/metrics.properties")
        .prometheus(p -> p.jmxExporterJar("/jmx.jar").port(9100).configFile("/etc/prometheus.yaml")));
    Consumer<SparkApplicationSpec.Builder> mounted = s -> s.monitoring(m -> m.exposeDriverMetrics(true)
        .exposeExecutorMetrics(false).prometheus(p -> p.jmxExporterJar("/jmx.jar")));
    SparkApplicationSpec image = TestApps.withDriverContainers(inImage, named("spark-kubernetes-driver")).spec();
    SparkApplicationSpec configMap = TestApps.withDriverContainers(mounted, named("spark-kubernetes-driver")).spec();

    assertThat(built(image, SparkPod.DRIVER).portsOf(templateContainer(image, SparkPod.DRIVER, 0)))
        .doesNotContainKey("jmx-exporter");
    assertThat(built(image, SparkPod.DRIVER).listeningPorts()).containsEntry("jmx-exporter", 9100);
    assertThat(built(configMap, SparkPod.DRIVER).portsOf(templateContainer(configMap, SparkPod.DRIVER, 0)))
        .containsEntry("jmx-exporter", 8090);
    assertThat(built(configMap, SparkPod.EXECUTOR).listeningPorts()).doesNotContainKey("jmx-exporter");
    assertThat(built(configMap, SparkPod.DRIVER).hasVolume("nightly-20260101-prom-conf-vol")).isTrue();
    assertThat(built(image, SparkPod.DRIVER).hasVolume("nightly-20260101-prom-conf-vol")).isFalse();
  }

  /** Fuzz finding (readAndValidate crash-9c8fbf1b): a nameless template container beside Spark's. */
  @Test
  void aNamelessTemplateContainerIsNotTheWebhooksAndDoesNotThrow() {
    SparkApplicationSpec spec = TestApps.withDriverContainers(s -> {}, new Container(), named("spark-kubernetes-driver"))
        .spec();

    BuiltPod pod = built(spec, SparkPod.DRIVER);

    assertThat(pod.portsOf(templateContainer(spec, SparkPod.DRIVER, 1))).containsKey("spark-ui");
    assertThat(pod.portsOf(templateContainer(spec, SparkPod.DRIVER, 0))).doesNotContainKey("spark-ui");
  }

  /** A lenient read may leave empty list items: the pod rules must not throw on them. */
  @Test
  void emptyListItemsOfALenientReadAreSkipped() {
    io.fabric8.kubernetes.api.model.PodTemplateSpec template = TestApps.template(named("spark-kubernetes-driver"));
    template.getSpec().setContainers(java.util.Arrays.asList(null, new ContainerBuilder(named("spark-kubernetes-driver"))
        .withVolumeMounts(java.util.Arrays.asList(null, new VolumeMountBuilder().withMountPath("/x").build()))
        .withPorts(java.util.Arrays.asList((io.fabric8.kubernetes.api.model.ContainerPort) null)).build()));
    template.getSpec().setVolumes(java.util.Arrays.asList((io.fabric8.kubernetes.api.model.Volume) null));
    SparkApplicationSpec spec = spec(s -> s.driver(d -> d.cores(1).template(template)));

    assertThat(built(spec, SparkPod.DRIVER).sparkContainer()).map(Container::getName).contains("spark-kubernetes-driver");
    assertThat(TestApps.violations(Validator.defaults().validate(TestApps.app(s -> s.driver(d -> d.cores(1)
        .template(template)))), PodTemplateRules.VOLUME_MOUNT)).isNotEmpty()
        .allMatch(v -> v.contains("volume mount 'null' refers to no volume of the driver pod"));
  }
}
