package dev.sparkapp.core.apache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The probe presets on an Apache operator application: they land in Spark's container of
 * {@code driverSpec.podTemplateSpec} / {@code executorSpec.podTemplateSpec} as Spark picks it (sparkConf's
 * podTemplateContainerName, else the first container), with the ports pinned in sparkConf.
 */
class ApachePresetsTest {
  private static final ProbeSet PROBES = ProbeSet.none()
      .driver(d -> d.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi()))
      .executor(e -> e.livenessProbe(Probes.blockManager()));

  private static ApacheSparkApplication.Builder pi() {
    return ApacheSparkApplication.builder().metadata(m -> m.withName("pi").withNamespace("default"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).mainClass("org.apache.spark.examples.SparkPi")
            .jars("local:///opt/spark/examples/jars/spark-examples.jar"));
  }

  private static List<Container> driverContainers(ApacheSparkApplication app) {
    return app.spec().driverSpec().orElseThrow().podTemplateSpec().orElseThrow().getSpec().getContainers();
  }

  @Test
  void withoutATemplateSparksOwnContainerIsCreatedAndThePortsPinned() {
    ApacheSparkApplication app = pi().probes(PROBES).build();
    assertThat(driverContainers(app)).singleElement().satisfies(c -> {
      assertThat(c.getName()).isEqualTo("spark-kubernetes-driver");
      assertThat(c.getStartupProbe().getHttpGet().getPath()).isEqualTo("/api/v1/version");
      assertThat(c.getStartupProbe().getHttpGet().getPort().getIntVal()).isEqualTo(4040);
      assertThat(c.getLivenessProbe()).isNotNull();
    });
    assertThat(app.spec().executorSpec().orElseThrow().podTemplateSpec().orElseThrow().getSpec().getContainers())
        .singleElement().satisfies(c -> {
          assertThat(c.getName()).isEqualTo("spark-kubernetes-executor");
          assertThat(c.getLivenessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(7079);
        });
    assertThat(app.spec().sparkConf()).containsEntry("spark.ui.port", "4040").containsEntry("spark.blockManager.port", "7079");
  }

  @Test
  void theFirstContainerIsSparksWhenSparkConfNamesNone() {
    PodTemplateSpec template = new PodTemplateSpecBuilder().withNewSpec()
        .addNewContainer().withName("main").endContainer().addNewContainer().withName("sidecar").endContainer()
        .endSpec().build();
    ApacheSparkApplication app = pi().probes(PROBES).build();
    ApacheSparkApplication withTemplate = ApacheSparkApplication.builder().from(pi().build())
        .spec(ApacheApplicationSpec.builder().from(app.spec()).driverSpec(d -> d.podTemplateSpec(template)).build())
        .build();
    ApacheSparkApplication probed = (ApacheSparkApplication) PROBES.applyToAny(withTemplate);
    assertThat(driverContainers(probed)).extracting(Container::getName).containsExactly("main", "sidecar");
    assertThat(driverContainers(probed).get(0).getStartupProbe()).isNotNull();
    assertThat(driverContainers(probed).get(1).getStartupProbe()).isNull();
  }

  @Test
  void theContainerSparkConfNamesIsSparks() {
    PodTemplateSpec template = new PodTemplateSpecBuilder().withNewSpec()
        .addNewContainer().withName("sidecar").endContainer().addNewContainer().withName("spark").endContainer()
        .endSpec().build();
    ApacheSparkApplication probed = pi()
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1")).mainClass("A").jars("local:///a.jar")
            .putSparkConf("spark.kubernetes.driver.podTemplateContainerName", "spark")
            .driverSpec(d -> d.podTemplateSpec(template)))
        .probes(PROBES).build();
    assertThat(driverContainers(probed).get(0).getStartupProbe()).isNull();
    assertThat(driverContainers(probed).get(1).getName()).isEqualTo("spark");
    assertThat(driverContainers(probed).get(1).getStartupProbe()).isNotNull();
  }

  @Test
  void aResourceBuiltWithoutProbesIsUnchanged() {
    ApacheSparkApplication plain = pi().build();
    assertThat(plain.spec().driverSpec()).isEmpty();
    assertThat(plain.spec().sparkConf()).isNull();
  }
}
