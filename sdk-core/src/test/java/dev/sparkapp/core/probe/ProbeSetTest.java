package dev.sparkapp.core.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ProbeSetTest {
  private static SparkApplication app(UnaryOperator<SparkApplicationSpec.Builder> spec) {
    return SparkApplication.builder()
        .metadata(m -> m.withName("pi").withNamespace("jobs"))
        .spec(spec.apply(SparkApplicationSpec.builder().image("apache/spark:4.0.1")).build())
        .build();
  }

  private static Container container(PodTemplateSpec template, String name) {
    return template.getSpec().getContainers().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
  }

  @Test
  void applyToAnyAttachesToSparkResourcesAndPassesOtherResourcesThrough() {
    ProbeSet probes = ProbeSet.none().driver(d -> d.livenessProbe(Probes.sparkUi()));
    ConfigMap other = new ConfigMapBuilder().withNewMetadata().withName("beside").endMetadata().build();
    SparkApplication in = app(s -> s);

    assertThat(probes.applyToAny(other)).isSameAs(other);
    assertThat(probes.applyToAny(in)).isEqualTo(probes.applyTo(in)).isNotEqualTo(in);
  }

  @Test
  void createsTheSparkContainerInANewTemplate() {
    SparkApplication out = ProbeSet.none().driver(d -> d.livenessProbe(Probes.sparkUi())).applyTo(app(s -> s));

    PodTemplateSpec template = out.spec().driver().orElseThrow().template().orElseThrow();
    assertThat(container(template, "spark-kubernetes-driver").getLivenessProbe().getHttpGet().getPath())
        .isEqualTo("/api/v1/version");
    assertThat(out.spec().executor()).isEmpty();
  }

  @Test
  void attachesToATemplateWhoseContainersVolumesAndMountsAreLeftEmpty() {
    // "containers:" with no value reads as null (fuzz finding applyProbes/crash-b640d19d), and so do "volumes:"
    // and a container's "volumeMounts:"
    PodTemplateSpec empty = new PodTemplateSpecBuilder().withNewSpec().withContainers((List<Container>) null)
        .withVolumes((List<Volume>) null).endSpec().build();
    PodTemplateSpec nullMounts = new PodTemplateSpecBuilder().withNewSpec()
        .addNewContainer().withName("spark-kubernetes-driver").withVolumeMounts((List<VolumeMount>) null)
        .endContainer().endSpec().build();
    ProbeSet probes = ProbeSet.none().driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5))));

    for (PodTemplateSpec template : List.of(empty, nullMounts)) {
      SparkApplication out = probes.applyTo(app(s -> s.driver(d -> d.template(template))));

      PodTemplateSpec written = out.spec().driver().orElseThrow().template().orElseThrow();
      Container spark = container(written, "spark-kubernetes-driver");
      assertThat(spark.getLivenessProbe().getExec().getCommand()).isNotEmpty();
      assertThat(spark.getVolumeMounts()).extracting(m -> m.getName())
          .containsExactlyInAnyOrder("sparkapp-log4j2", "sparkapp-logs");
      assertThat(written.getSpec().getVolumes()).extracting(Volume::getName)
          .containsExactlyInAnyOrder("sparkapp-log4j2", "sparkapp-logs");
    }
  }

  @Test
  void refusesAVolumeOfThePresetsNameWhoseSizeLimitIsNotAQuantity() {
    // fuzz findings applyProbes/crash-3ce28846 and crash-ef2e44eb: fabric8's Quantity.equals threw
    // NumberFormatException for "12:30" and IllegalArgumentException for the unknown suffix of "1M%i"
    for (String sizeLimit : List.of("12:30", "1M%i")) {
      PodTemplateSpec mine = new PodTemplateSpecBuilder().withNewSpec()
          .addNewVolume().withName("sparkapp-logs").withNewEmptyDir().withSizeLimit(new Quantity(sizeLimit))
          .endEmptyDir().endVolume().endSpec().build();
      SparkApplication in = app(s -> s.driver(d -> d.template(mine)));

      assertThatThrownBy(() -> ProbeSet.none()
          .driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5)))).applyTo(in))
          .as(sizeLimit)
          .isInstanceOf(ProbePresetException.class)
          .hasMessageContaining("spec.driver.template.spec.volumes[sparkapp-logs]")
          .hasMessageContaining("a different volume named 'sparkapp-logs' already exists");
    }
  }

  @Test
  void refusesATemplateHoldingAQuantityWithNoNumberInsteadOfThrowingFabric8sException() {
    // fabric8 keeps new Quantity("Mi") with an empty amount, and its builders throw IllegalArgumentException
    // when they copy the pod (QuantityBuilder.build parses the amount again); fuzz finding crash-adf943a3
    PodTemplateSpec mine = new PodTemplateSpecBuilder().withNewSpec()
        .addNewVolume().withName("scratch").withNewEmptyDir().endEmptyDir().endVolume().endSpec().build();
    mine.getSpec().getVolumes().get(0).getEmptyDir().setSizeLimit(new Quantity("Mi"));
    SparkApplication in = app(s -> s.driver(d -> d.template(mine)));

    assertThatThrownBy(() -> ProbeSet.none().driver(d -> d.livenessProbe(Probes.sparkUi())).applyTo(in))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageStartingWith("spec.driver.template: the pod template holds a quantity that is not one")
        .hasMessageContaining("such as 500m, 1.5 or 2Gi");
  }

  @Test
  void keepsTheUsersContainersVolumesLabelsAndContainerFields() {
    PodTemplateSpec mine = new PodTemplateSpecBuilder()
        .withNewMetadata().addToLabels("team", "data").endMetadata()
        .withNewSpec()
        .addNewContainer().withName("sidecar").withImage("busybox").endContainer()
        .addNewContainer().withName("spark-kubernetes-executor").addNewEnv().withName("A").withValue("1").endEnv()
        .endContainer()
        .addNewVolume().withName("scratch").withNewEmptyDir().endEmptyDir().endVolume()
        .endSpec().build();
    PodTemplateSpec before = new PodTemplateSpecBuilder(mine).build();
    SparkApplication in = app(s -> s.executor(e -> e.template(mine).instances(2)));

    SparkApplication out = ProbeSet.none().executor(e -> e.livenessProbe(Probes.blockManager())).applyTo(in);

    PodTemplateSpec template = out.spec().executor().orElseThrow().template().orElseThrow();
    assertThat(template.getMetadata().getLabels()).containsEntry("team", "data");
    assertThat(template.getSpec().getContainers()).extracting(Container::getName)
        .containsExactly("sidecar", "spark-kubernetes-executor");
    Container spark = container(template, "spark-kubernetes-executor");
    assertThat(spark.getEnv()).extracting(e -> e.getName()).containsExactly("A");
    assertThat(spark.getLivenessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(7079);
    assertThat(template.getSpec().getVolumes()).extracting(Volume::getName).containsExactly("scratch");
    assertThat(out.spec().executor().orElseThrow().instances()).contains(2);
    assertThat(mine).isEqualTo(before);
    assertThat(in.spec().executor().orElseThrow().template().orElseThrow()).isEqualTo(before);
  }

  @Test
  void pinsThePortsItProbesWhereNotSet() {
    SparkApplication out = ProbeSet.none()
        .driver(d -> d.livenessProbe(Probes.sparkUi()).readinessProbe(Probes.driverRpc()))
        .executor(e -> e.livenessProbe(Probes.blockManager()))
        .applyTo(app(s -> s));

    assertThat(out.spec().sparkConf()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "spark.ui.port", "4040", "spark.driver.port", "7078", "spark.blockManager.port", "7079"));
  }

  @Test
  void followsPortsTheUserSetAndKeepsOtherConf() {
    SparkApplication out = ProbeSet.none()
        .driver(d -> d.livenessProbe(Probes.sparkUi()).readinessProbe(Probes.driverRpc()))
        .applyTo(app(s -> s.sparkConf(Map.of("spark.ui.port", "4141", "spark.driver.port", "7000", "x", "y"))));

    Container spark = container(out.spec().driver().orElseThrow().template().orElseThrow(), "spark-kubernetes-driver");
    assertThat(spark.getLivenessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(4141);
    assertThat(spark.getReadinessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(7000);
    assertThat(out.spec().sparkConf()).containsExactlyInAnyOrderEntriesOf(
        Map.of("spark.ui.port", "4141", "spark.driver.port", "7000", "x", "y"));
  }

  @Test
  void leavesSparkConfUnsetWhenNothingNeedsPinning() {
    SparkApplication out = ProbeSet.none().driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5))))
        .applyTo(app(s -> s));

    assertThat(out.spec().sparkConf()).isNull();
  }

  @Test
  void logStalenessWiresLog4j2ConfigMapVolumesAndJavaOption() {
    SparkApplication in = app(s -> s.driver(d -> d.javaOptions("-XX:+UseG1GC")));

    SparkApplication out = ProbeSet.none()
        .driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5))))
        .executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5)).withLogDirectory("/data/logs")))
        .applyTo(in);

    assertThat(out.companions()).hasSize(1);
    ConfigMap configMap = out.companions().get(0);
    assertThat(configMap.getMetadata().getName()).isEqualTo("pi-log4j2");
    assertThat(configMap.getMetadata().getNamespace()).isEqualTo("jobs");
    assertThat(configMap.getData().get("log4j2-driver.properties"))
        .contains("appender.file.fileName = /var/log/spark/spark.log", "appender.console.target = SYSTEM_ERR");
    assertThat(configMap.getData().get("log4j2-executor.properties"))
        .contains("appender.file.fileName = /data/logs/spark.log");
    assertThat(out.spec().driver().orElseThrow().javaOptions()).contains(
        "-XX:+UseG1GC -Dlog4j2.configurationFile=/opt/sparkapp/log4j2/log4j2-driver.properties");
    assertThat(out.spec().executor().orElseThrow().javaOptions()).contains(
        "-Dlog4j2.configurationFile=/opt/sparkapp/log4j2/log4j2-executor.properties");
    PodTemplateSpec executor = out.spec().executor().orElseThrow().template().orElseThrow();
    assertThat(executor.getSpec().getVolumes()).extracting(Volume::getName)
        .containsExactly("sparkapp-log4j2", "sparkapp-logs");
    assertThat(executor.getSpec().getVolumes().get(0).getConfigMap().getName()).isEqualTo("pi-log4j2");
    assertThat(container(executor, "spark-kubernetes-executor").getVolumeMounts())
        .extracting(m -> m.getMountPath()).containsExactly("/opt/sparkapp/log4j2", "/data/logs");
    assertThat(SparkResource.withCompanions(List.of(out))).containsExactly(out, configMap);
    assertThat(in.companions()).isEmpty();
  }

  @Test
  void seedsJavaOptionsWithExtraJavaOptionsWhenOnlyThatIsSet() {
    // The operator passes javaOptions after sparkConf, and its Prometheus monitoring fills an unset
    // javaOptions with its agent: the option must be in javaOptions, and the user's options kept there.
    SparkApplication out = ProbeSet.none().driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5))))
        .applyTo(app(s -> s.sparkConf(Map.of("spark.driver.extraJavaOptions", "-Dx=1"))));

    assertThat(out.spec().driver().orElseThrow().javaOptions())
        .contains("-Dx=1 -Dlog4j2.configurationFile=/opt/sparkapp/log4j2/log4j2-driver.properties");
    assertThat(out.spec().sparkConf()).containsEntry("spark.driver.extraJavaOptions", "-Dx=1");
    assertThat(ProbeSet.none().applyTo(out)).isEqualTo(out);
  }

  @Test
  void rejectsAnotherLog4j2ConfigurationFile() {
    SparkApplication in = app(s -> s.driver(d -> d.javaOptions("-Dlog4j2.configurationFile=/etc/mine.xml")));

    assertThatThrownBy(() -> ProbeSet.none().driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5)))).applyTo(in))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spec.driver.javaOptions")
        .hasMessageContaining("already sets -Dlog4j2.configurationFile=/etc/mine.xml");
  }

  @Test
  void rejectsAUserVolumeWithThePresetsVolumeName() {
    PodTemplateSpec mine = new PodTemplateSpecBuilder().withNewSpec()
        .addNewVolume().withName("sparkapp-logs").withNewHostPath().withPath("/x").endHostPath().endVolume()
        .endSpec().build();
    SparkApplication in = app(s -> s.driver(d -> d.template(mine)));

    assertThatThrownBy(() -> ProbeSet.none().driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5)))).applyTo(in))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spec.driver.template.spec.volumes[sparkapp-logs]");
  }

  @Test
  void requiresAnApplicationNameForTheLog4j2ConfigMap() {
    SparkApplication unnamed = SparkApplication.builder().metadata(m -> m.withNamespace("x"))
        .spec(s -> s.image("i")).build();

    assertThatThrownBy(() -> ProbeSet.none().driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5))))
            .applyTo(unnamed))
        .isInstanceOf(ProbePresetException.class).hasMessageContaining("metadata.name");
  }

  @Test
  void attachingTwiceGivesTheSameResult() {
    ProbeSet probes = ProbeSet.none().driver(d -> d.livenessProbe(Probes.sparkUi()))
        .executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5))));
    SparkApplication once = probes.applyTo(app(s -> s));

    SparkApplication twice = probes.applyTo(once);

    assertThat(twice).isEqualTo(once);
    assertThat(twice.companions()).isEqualTo(once.companions()).hasSize(1);
  }

  @Test
  void attachesToTheTemplateOfAScheduledApplication() {
    ScheduledSparkApplication nightly = ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly"))
        .spec(s -> s.schedule("0 2 * * *").template(t -> t.image("apache/spark:4.0.1")))
        .build();

    ScheduledSparkApplication out = ProbeSet.none().driver(d -> d.startupProbe(Probes.sparkUi()))
        .executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5)))).applyTo(nightly);

    SparkApplicationSpec template = out.spec().template().orElseThrow();
    assertThat(container(template.driver().orElseThrow().template().orElseThrow(), "spark-kubernetes-driver")
        .getStartupProbe()).isNotNull();
    assertThat(out.spec().schedule()).contains("0 2 * * *");
    assertThat(out.companions()).extracting(c -> c.getMetadata().getName()).containsExactly("nightly-log4j2");
  }

  @Test
  void namesTheSettingAtTheTemplatesSparkConfWhenAScheduledApplicationsPortIsRefused() {
    ScheduledSparkApplication nightly = ScheduledSparkApplication.builder()
        .metadata(m -> m.withName("nightly"))
        .spec(s -> s.schedule("0 2 * * *").template(t -> t.sparkConf(Map.of("spark.ui.port", "0"))))
        .build();

    assertThatThrownBy(() -> ProbeSet.none().driver(d -> d.livenessProbe(Probes.jobProgress(Duration.ofMinutes(15))))
        .applyTo(nightly))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageStartingWith("spec.template.sparkConf[\"spark.ui.port\"]: port 0 makes Spark pick a random port");
  }

  @Test
  void rejectsAScheduledApplicationWithoutTemplate() {
    ScheduledSparkApplication empty = ScheduledSparkApplication.builder().metadata(m -> m.withName("n"))
        .spec(s -> s.schedule("@daily")).build();

    assertThatThrownBy(() -> ProbeSet.none().driver(d -> d.livenessProbe(Probes.sparkUi())).applyTo(empty))
        .isInstanceOf(ProbePresetException.class).hasMessageStartingWith("spec.template: ");
  }

  @Test
  void withReplacesThePresetOfTheSameKindAndKeepsTheOriginal() {
    ProbeSet first = ProbeSet.none().driver(d -> d.livenessProbe(Probes.sparkUi()));
    ProbeSet second = first.driver(d -> d.livenessProbe(Probes.driverRpc()));

    assertThat(first.preset(SparkPod.DRIVER, ProbeKind.LIVENESS)).contains(Probes.sparkUi());
    assertThat(second.preset(SparkPod.DRIVER, ProbeKind.LIVENESS)).contains(Probes.driverRpc());
    assertThat(ProbeSet.none().isEmpty()).isTrue();
    assertThat(second.isEmpty()).isFalse();
  }

  @Test
  void driverAndExecutorTakeThePodBuildersMethodsAndTheLastOfAKindWins() {
    ProbeSet set = ProbeSet.none()
        .driver(d -> d.livenessProbe(Probes.sparkUi()).startupProbe(Probes.sparkUi()))
        .driver(d -> d.livenessProbe(Probes.driverRpc()))
        .executor(e -> e.readinessProbe(Probes.blockManager()));

    assertThat(set.preset(SparkPod.DRIVER, ProbeKind.LIVENESS)).contains(Probes.driverRpc());
    assertThat(set.preset(SparkPod.DRIVER, ProbeKind.STARTUP)).contains(Probes.sparkUi());
    assertThat(set.preset(SparkPod.EXECUTOR, ProbeKind.READINESS)).contains(Probes.blockManager());
    assertThat(set.preset(SparkPod.EXECUTOR, ProbeKind.LIVENESS)).isEmpty();
    assertThat(set).isEqualTo(ProbeSet.none().with(SparkPod.DRIVER, ProbeKind.LIVENESS, Probes.driverRpc())
        .with(SparkPod.DRIVER, ProbeKind.STARTUP, Probes.sparkUi())
        .with(SparkPod.EXECUTOR, ProbeKind.READINESS, Probes.blockManager()));
  }
}
