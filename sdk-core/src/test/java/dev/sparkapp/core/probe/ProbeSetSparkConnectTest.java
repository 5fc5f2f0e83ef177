package dev.sparkapp.core.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkConnectSpec;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@link ProbeSet#applyTo(SparkConnect)}: the presets placed where the operator runs the server. */
class ProbeSetSparkConnectTest {
  private static SparkConnect connect(UnaryOperator<SparkConnectSpec.Builder> spec) {
    return SparkConnect.builder()
        .metadata(m -> m.withName("connect").withNamespace("spark"))
        .spec(spec.apply(SparkConnectSpec.builder().sparkVersion("4.0.1").image("apache/spark:4.0.1")
            .executor(e -> e.instances(2))).build())
        .build();
  }

  private static Container container(PodTemplateSpec template, String name) {
    return template.getSpec().getContainers().stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
  }

  @Test
  void putsTheServerPresetsInTheServerContainerAndPinsTheGrpcAndUiPorts() {
    SparkConnect out = ProbeSet.none()
        .driver(d -> d.readinessProbe(Probes.connectGrpc()).livenessProbe(Probes.sparkUi()))
        .executor(e -> e.livenessProbe(Probes.blockManager()))
        .applyTo(connect(s -> s));

    Container server = container(out.spec().server().orElseThrow().template().orElseThrow(), "spark-kubernetes-driver");
    assertThat(server.getReadinessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(15002);
    assertThat(server.getReadinessProbe().getPeriodSeconds()).isEqualTo(10);
    assertThat(server.getLivenessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(4040);
    assertThat(server.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/api/v1/version");
    Container executor = container(out.spec().executor().orElseThrow().template().orElseThrow(), "spark-kubernetes-executor");
    assertThat(executor.getLivenessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(7079);
    assertThat(out.spec().sparkConf()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "spark.connect.grpc.binding.port", "15002", "spark.ui.port", "4040", "spark.blockManager.port", "7079"));
    assertThat(out.spec().executor().orElseThrow().instances()).contains(2);
    assertThat(out.apiVersion()).isEqualTo("sparkoperator.k8s.io/v1alpha1");
  }

  @Test
  void followsAGrpcPortTheUserSet() {
    SparkConnect out = ProbeSet.none().driver(d -> d.readinessProbe(Probes.connectGrpc()))
        .applyTo(connect(s -> s.putSparkConf("spark.connect.grpc.binding.port", "16000")));

    assertThat(container(out.spec().server().orElseThrow().template().orElseThrow(), "spark-kubernetes-driver")
        .getReadinessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(16000);
    assertThat(out.spec().sparkConf()).containsExactly(Map.entry("spark.connect.grpc.binding.port", "16000"));
  }

  @Test
  void keepsTheServerTemplateTheOperatorsExampleGives() {
    PodTemplateSpec mine = new PodTemplateSpecBuilder()
        .withNewMetadata().addToLabels("key1", "value1").endMetadata()
        .withNewSpec().withServiceAccount("spark-operator-spark")
        .addNewContainer().withName("spark-kubernetes-driver").withImage("docker.io/apache/spark:4.0.1").endContainer()
        .endSpec().build();

    SparkConnect out = ProbeSet.none().driver(d -> d.readinessProbe(Probes.connectGrpc()))
        .applyTo(connect(s -> s.server(v -> v.template(mine).cores(1))));

    PodTemplateSpec template = out.spec().server().orElseThrow().template().orElseThrow();
    assertThat(template.getMetadata().getLabels()).containsEntry("key1", "value1");
    assertThat(template.getSpec().getServiceAccount()).isEqualTo("spark-operator-spark");
    assertThat(template.getSpec().getContainers()).singleElement()
        .satisfies(c -> assertThat(c.getImage()).isEqualTo("docker.io/apache/spark:4.0.1"))
        .satisfies(c -> assertThat(c.getReadinessProbe()).isNotNull());
    assertThat(out.spec().server().orElseThrow().cores()).contains(1);
  }

  @Test
  void refusesAServerTemplateWhoseServerContainerHasAnotherName() {
    PodTemplateSpec other = new PodTemplateSpecBuilder().withNewSpec()
        .addNewContainer().withName("server").endContainer().endSpec().build();

    assertThatThrownBy(() -> ProbeSet.none().driver(d -> d.readinessProbe(Probes.connectGrpc()))
        .applyTo(connect(s -> s.server(v -> v.template(other)))))
        .isInstanceOf(ProbePresetException.class)
        .hasMessage("spec.server.template.spec.containers: no container is named 'spark-kubernetes-driver', so the "
            + "operator runs the Spark Connect server in the first one ('server'): name that container "
            + "'spark-kubernetes-driver' so that the probes check the server");
  }

  @Test
  void theGrpcPresetIsForTheServerOnly() {
    assertThatThrownBy(() -> ProbeSet.none().executor(e -> e.readinessProbe(Probes.connectGrpc()))
        .applyTo(connect(s -> s)))
        .isInstanceOf(ProbePresetException.class)
        .hasMessage("spec.executor.template.spec.containers[spark-kubernetes-executor].readinessProbe: only the Spark "
            + "Connect server listens on the Connect gRPC port; use Probes.blockManager() (tcp) or "
            + "Probes.logStaleness(...) for executors");
  }

  @Test
  void logStalenessGoesThroughExtraJavaOptionsBecauseConnectPodsHaveNoJavaOptions() {
    SparkConnect out = ProbeSet.none()
        .driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(10))))
        .executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofMinutes(10))))
        .applyTo(connect(s -> s.putSparkConf("spark.driver.extraJavaOptions", "-XX:+UseG1GC")));

    assertThat(out.spec().sparkConf()).containsEntry("spark.driver.extraJavaOptions",
        "-XX:+UseG1GC -Dlog4j2.configurationFile=/opt/sparkapp/log4j2/log4j2-driver.properties")
        .containsEntry("spark.executor.extraJavaOptions",
            "-Dlog4j2.configurationFile=/opt/sparkapp/log4j2/log4j2-executor.properties");
    ConfigMap log4j2 = out.companions().get(0);
    assertThat(log4j2.getMetadata().getName()).isEqualTo("connect-log4j2");
    assertThat(log4j2.getMetadata().getNamespace()).isEqualTo("spark");
    PodTemplateSpec server = out.spec().server().orElseThrow().template().orElseThrow();
    assertThat(server.getSpec().getVolumes()).extracting(Volume::getName).containsExactly("sparkapp-log4j2", "sparkapp-logs");
    assertThat(container(server, "spark-kubernetes-driver").getLivenessProbe().getExec().getCommand()).isNotEmpty();
    assertThat(out.companions()).containsExactly(log4j2);
    assertThat(log4j2.getData()).containsKeys("log4j2-driver.properties", "log4j2-executor.properties");
  }

  @Test
  void attachingTwiceGivesTheSameResult() {
    ProbeSet set = ProbeSet.none().driver(d -> d.readinessProbe(Probes.connectGrpc()).livenessProbe(Probes.sparkUi()));
    SparkConnect once = set.applyTo(connect(s -> s));

    assertThat(set.applyTo(once)).isEqualTo(once);
  }

  @Test
  void presetsGivenToTheServerAndExecutorBuildersGiveWhatProbeSetGives() {
    SparkConnect built = connect(s -> s
        .server(v -> v.readinessProbe(Probes.connectGrpc()).livenessProbe(Probes.sparkUi()))
        .executor(e -> e.instances(2).livenessProbe(Probes.blockManager())));
    SparkConnect attached = ProbeSet.none()
        .driver(d -> d.readinessProbe(Probes.connectGrpc()).livenessProbe(Probes.sparkUi()))
        .executor(e -> e.livenessProbe(Probes.blockManager()))
        .applyTo(connect(s -> s));

    assertThat(built).isEqualTo(attached);
    assertThat(built.spec().server().orElseThrow().probePresets()).isEmpty();
  }
}
