package dev.sparkapp.sparkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Apache operator's examples at 1.0.0 fed, with the conf the operator builds ({@link ApacheOperatorSubmission}),
 * to Spark 4.0.1's own pod builders ({@link ApacheSparkBuiltPods}): Spark builds a driver and an executor for
 * each, Spark's container is the one the Apache rule names (sparkConf's {@code podTemplateContainerName}, else
 * the template's first container), and the operator's defaults and labels reach the pods.
 */
class ApacheSparkPodBuildersTest {
  @TempDir Path templates;

  /**
   * Every SparkApplication of the operator's examples, in the namespace {@code default} where the example
   * has none (the API server fills it in when the example is applied).
   */
  static Stream<Arguments> examples() throws IOException {
    Path root = SparkPodBuildersTest.testdata().resolve("apache-spark-kubernetes-operator-1.0.0/examples");
    List<Arguments> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        for (ApacheSparkApplication app : SparkYaml.strict().read(file).resourcesOf(ApacheSparkApplication.class)) {
          ApacheSparkApplication placed = app.namespace().isPresent() ? app : ApacheSparkApplication.builder().from(app)
              .metadata(new ObjectMetaBuilder(app.metadata()).withNamespace("default").build()).build();
          all.add(Arguments.of(file.getFileName().toString(), placed));
        }
      }
    }
    return all.stream();
  }

  @Test
  void everyExampleApplicationIsChecked() throws IOException {
    assertThat(examples()).hasSize(31);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void sparkBuildsThePodsAndItsContainerIsTheOneTheApacheRuleNames(String name, ApacheSparkApplication app) {
    ApacheSparkBuiltPods pods = ApacheSparkBuiltPods.of(app, templates);
    assertThat(pods.driverSpark().getName()).as("driver container").isEqualTo(expectedSparkContainer(app, "driver"));
    if (pods.executor() != null) {
      assertThat(pods.executorSpark().getName()).as("executor container").isEqualTo(expectedSparkContainer(app, "executor"));
      assertThat(pods.executor().getMetadata().getLabels())
          .containsEntry("spark.operator/spark-app-name", app.metadata().getName());
    } else {
      assertThat(pods.submission().conf().get("spark.master")).as("only an application on a SparkCluster has no "
          + "executor pod").startsWith("spark://");
    }
    assertThat(pods.driverSpark().getImage()).as("the operator substitutes the Spark version").doesNotContain("{{");
    assertThat(pods.driver().getMetadata().getLabels())
        .containsEntry("spark.operator/spark-app-name", app.metadata().getName())
        .containsEntry("spark.operator/name", "spark-kubernetes-operator")
        .containsEntry("spark-version", app.spec().runtimeVersions().sparkVersion());
    assertThat(pods.driverConf()).containsEntry("spark.kubernetes.driver.annotateExitException", "true");
    assertThat(pods.submission().conf()).containsKeys("spark.authenticate", "spark.io.encryption.enabled");
    for (String role : List.of("driver", "executor")) {
      String key = "spark.kubernetes." + role + ".podTemplateContainerName";
      assertThat(pods.submission().conf().get(key)).as("the operator names no container: only sparkConf does")
          .isEqualTo(app.spec().sparkConf() == null ? null : app.spec().sparkConf().get(key));
    }
  }

  /**
   * With each set of presets of {@link SparkPodBuildersTest#PRESETS} attached through the Apache kind's
   * declaration, Spark's built container carries every preset probe, an HTTP or TCP probe checks a port the
   * driver's Spark properties give that role (so Spark opens it), and every volume mount of Spark's container
   * names a volume of its pod.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyPresetLandsOnSparksContainerWithAPortSparkOpensAndMountsThatResolve(String name, ApacheSparkApplication app)
      throws IOException {
    List<String> problems = new ArrayList<>();
    for (java.util.Map.Entry<String, dev.sparkapp.core.probe.ProbeSet> presets : SparkPodBuildersTest.PRESETS.entrySet()) {
      ApacheSparkApplication probed = (ApacheSparkApplication) presets.getValue().applyToAny(app);
      ApacheSparkBuiltPods pods = ApacheSparkBuiltPods.of(probed,
          Files.createDirectories(templates.resolve(presets.getKey().replace(' ', '-'))));
      for (dev.sparkapp.core.ProbeKind kind : dev.sparkapp.core.ProbeKind.values()) {
        check(presets.getKey(), "driver", kind, presets.getValue().preset(dev.sparkapp.core.SparkPod.DRIVER, kind)
            .isPresent(), pods.driver(), pods.driverSpark(), pods.driverConf(), problems);
        if (pods.executor() != null) {
          check(presets.getKey(), "executor", kind, presets.getValue().preset(dev.sparkapp.core.SparkPod.EXECUTOR,
              kind).isPresent(), pods.executor(), pods.executorSpark(), pods.driverConf(), problems);
        }
      }
    }
    assertThat(problems).as(name).isEmpty();
  }

  private static void check(String presets, String role, dev.sparkapp.core.ProbeKind kind, boolean expected,
      io.fabric8.kubernetes.api.model.Pod pod, Container spark, java.util.Map<String, String> conf, List<String> problems) {
    io.fabric8.kubernetes.api.model.Probe probe = switch (kind) {
      case LIVENESS -> spark.getLivenessProbe();
      case READINESS -> spark.getReadinessProbe();
      case STARTUP -> spark.getStartupProbe();
    };
    String where = presets + ": " + role + " " + kind + ": ";
    if (expected != (probe != null)) {
      problems.add(where + (expected ? "the preset probe is not on Spark's container" : "an unexpected probe"));
      return;
    }
    if (probe == null) {
      return;
    }
    Integer port = probe.getHttpGet() != null ? probe.getHttpGet().getPort().getIntVal()
        : probe.getTcpSocket() != null ? probe.getTcpSocket().getPort().getIntVal() : null;
    if (port != null) {
      List<String> keys = "driver".equals(role)
          ? List.of("spark.ui.port", "spark.driver.port", "spark.driver.blockManager.port", "spark.blockManager.port")
          : List.of("spark.blockManager.port");
      boolean opened = keys.stream().anyMatch(k -> String.valueOf(port).equals(conf.get(k)));
      if (!opened) {
        problems.add(where + "port " + port + " is none of " + keys + " in the driver's Spark properties " + conf);
      }
    }
    java.util.Set<String> volumes = new java.util.HashSet<>();
    pod.getSpec().getVolumes().forEach(v -> volumes.add(v.getName()));
    spark.getVolumeMounts().stream().filter(m -> !volumes.contains(m.getName()))
        .forEach(m -> problems.add(where + "mount " + m.getName() + " names no volume of the pod"));
  }

  /**
   * Spark's {@code KubernetesUtils.selectSparkContainer}: the template container sparkConf names, else the
   * first; Spark's own default name when the template has no container.
   */
  private static String expectedSparkContainer(ApacheSparkApplication app, String role) {
    Optional<PodTemplateSpec> template = ("driver".equals(role) ? app.spec().driverSpec() : app.spec().executorSpec())
        .flatMap(s -> s.podTemplateSpec());
    List<Container> containers = template.map(t -> t.getSpec() == null ? null : t.getSpec().getContainers())
        .orElse(List.of());
    String named = app.spec().sparkConf() == null ? null
        : app.spec().sparkConf().get("spark.kubernetes." + role + ".podTemplateContainerName");
    if (containers.isEmpty()) {
      return "spark-kubernetes-" + role;
    }
    return containers.stream().map(Container::getName).filter(n -> n.equals(named)).findFirst()
        .orElse(containers.get(0).getName());
  }
}
