package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.probe.ProbePreset;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the pod builders' probe methods put in the written manifest, and that the builder and {@link
 * ProbeSet} write the same manifest for the same preset.
 */
class ProbesInYamlTest {
  private static final SparkYaml YAML = SparkYaml.strict();
  private static final String HEAD = """
      apiVersion: sparkoperator.k8s.io/v1beta2
      kind: SparkApplication
      metadata:
        name: pi
      spec:
      """;
  private static final Probe READY = new ProbeBuilder().withNewExec().withCommand("/ready.sh").endExec()
      .withPeriodSeconds(7).build();

  private static SparkApplication app(Consumer<SparkApplicationSpec.Builder> spec) {
    return SparkApplication.builder().metadata(m -> m.withName("pi"))
        .spec(s -> spec.accept(s.image("spark:4"))).build();
  }

  @Test
  void livenessProbePresetWritesTheProbeAndThePinnedPort() {
    assertThat(YAML.toYaml(app(s -> s.driver(d -> d.livenessProbe(Probes.sparkUi()))))).isEqualTo(HEAD + """
          driver:
            template:
              spec:
                containers:
                - livenessProbe:
                    failureThreshold: 4
                    httpGet:
                      path: /api/v1/version
                      port: 4040
                      scheme: HTTP
                    initialDelaySeconds: 60
                    periodSeconds: 15
                    successThreshold: 1
                    timeoutSeconds: 10
                  name: spark-kubernetes-driver
          image: spark:4
          sparkConf:
            spark.ui.port: "4040"
        """);
  }

  @Test
  void readinessProbePresetOnExecutorsWritesATcpProbe() {
    assertThat(YAML.toYaml(app(s -> s.executor(e -> e.readinessProbe(Probes.blockManager()))))).isEqualTo(HEAD + """
          executor:
            template:
              spec:
                containers:
                - name: spark-kubernetes-executor
                  readinessProbe:
                    failureThreshold: 3
                    initialDelaySeconds: 0
                    periodSeconds: 10
                    successThreshold: 1
                    tcpSocket:
                      port: 7079
                    timeoutSeconds: 5
          image: spark:4
          sparkConf:
            spark.blockManager.port: "7079"
        """);
  }

  @Test
  void startupProbePresetWritesTheStartupBudget() {
    assertThat(YAML.toYaml(app(s -> s.driver(d -> d.startupProbe(Probes.driverRpc()))))).isEqualTo(HEAD + """
          driver:
            template:
              spec:
                containers:
                - name: spark-kubernetes-driver
                  startupProbe:
                    failureThreshold: 30
                    initialDelaySeconds: 0
                    periodSeconds: 10
                    successThreshold: 1
                    tcpSocket:
                      port: 7078
                    timeoutSeconds: 5
          image: spark:4
          sparkConf:
            spark.driver.port: "7078"
        """);
  }

  private static final String EXEC = """
            exec:
              command:
              - /ready.sh
            periodSeconds: 7
""";

  static Stream<Arguments> rawProbeMethods() {
    return Stream.of(
        Arguments.of("livenessProbe", (Consumer<SparkApplicationSpec.Builder>) s -> s.driver(d -> d.livenessProbe(READY)),
            "        - livenessProbe:\n" + EXEC + "          name: spark-kubernetes-driver\n"),
        Arguments.of("readinessProbe", (Consumer<SparkApplicationSpec.Builder>) s -> s.driver(d -> d.readinessProbe(READY)),
            "        - name: spark-kubernetes-driver\n          readinessProbe:\n" + EXEC),
        Arguments.of("startupProbe", (Consumer<SparkApplicationSpec.Builder>) s -> s.driver(d -> d.startupProbe(READY)),
            "        - name: spark-kubernetes-driver\n          startupProbe:\n" + EXEC));
  }

  @ParameterizedTest(name = "{0}(Probe)")
  @MethodSource("rawProbeMethods")
  void aRawProbeIsWrittenAsGivenAndPinsNothing(String method, Consumer<SparkApplicationSpec.Builder> spec,
      String containers) {
    assertThat(YAML.toYaml(app(spec))).isEqualTo(HEAD + "  driver:\n    template:\n      spec:\n        containers:\n"
        + containers + "  image: spark:4\n");
  }

  @Test
  void putProbePresetsWritesWhatTheNamedMethodWrites() {
    assertThat(YAML.toYaml(app(s -> s.driver(d -> d.putProbePresets(ProbeKind.LIVENESS, Probes.sparkUi())))))
        .isEqualTo(YAML.toYaml(app(s -> s.driver(d -> d.livenessProbe(Probes.sparkUi())))));
  }

  static Stream<Arguments> everyPresetOnEveryPodAndKind() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (SparkPod pod : SparkPod.applicationRoles()) {
      for (ProbeKind kind : ProbeKind.values()) {
        List<ProbePreset> presets = pod == SparkPod.DRIVER
            ? List.of(Probes.sparkUi(), Probes.driverRpc(), Probes.blockManager(), Probes.logStaleness(Duration.ofMinutes(3)),
                Probes.custom(READY))
            : List.of(Probes.blockManager(), Probes.logStaleness(Duration.ofMinutes(3)), Probes.custom(READY));
        presets.forEach(preset -> cases.add(Arguments.of(pod, kind, preset)));
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("everyPresetOnEveryPodAndKind")
  void theBuilderAndProbeSetWriteTheSameManifest(SparkPod pod, ProbeKind kind, ProbePreset preset) {
    SparkApplication built = app(s -> {
      if (pod == SparkPod.DRIVER) {
        s.driver(d -> d.memory("1g").putProbePresets(kind, preset));
      } else {
        s.executor(e -> e.memory("1g").putProbePresets(kind, preset));
      }
    });
    SparkApplication bare = app(s -> {
      if (pod == SparkPod.DRIVER) {
        s.driver(d -> d.memory("1g"));
      } else {
        s.executor(e -> e.memory("1g"));
      }
    });

    String viaProbeSet = YAML.toYaml(ProbeSet.none().with(pod, kind, preset).applyTo(bare));

    assertThat(YAML.toYaml(built)).isEqualTo(viaProbeSet);
    assertThat(YAML.read(viaProbeSet).resources()).hasSize(preset.name().equals("log-staleness") ? 2 : 1);
  }

  @Test
  void aLogStalenessPresetWritesItsConfigMapAfterTheApplicationOnce() {
    SparkApplication app = app(s -> s.executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofMinutes(3)))));

    Manifest written = YAML.read(YAML.toYaml(app));
    Manifest listed = YAML.read(YAML.toYaml(List.of(app, app.companions().get(0))));

    assertThat(written.resources()).hasSize(2).first().isEqualTo(app);
    assertThat(written.resourcesOf(ConfigMap.class)).singleElement()
        .satisfies(c -> assertThat(c.getMetadata().getName()).isEqualTo("pi-log4j2"))
        .satisfies(c -> assertThat(c.getData()).containsOnlyKeys("log4j2-executor.properties"));
    assertThat(listed.resources()).isEqualTo(written.resources());
    assertThat(YAML.toJson(app)).contains("\"kind\" : \"List\"").contains("\"name\" : \"pi-log4j2\"");
    assertThat(YAML.toYamlDocument(app)).doesNotContain("ConfigMap");
  }

  @Test
  void aReadApplicationKnowsItsCompanionAndAnEditedOneInTheFileWins() {
    SparkApplication app = app(s -> s.driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(3)))));
    String edited = YAML.toYaml(app).replace("rootLogger.level = info", "rootLogger.level = debug");

    Manifest read = YAML.read(edited);

    SparkApplication back = read.resourcesOf(SparkApplication.class).get(0);
    assertThat(back.companions()).isEqualTo(app.companions());
    assertThat(YAML.toYaml(read.resources())).isEqualTo(edited);
    assertThat(YAML.toYaml(back)).isEqualTo(YAML.toYaml(app));
  }

  @Test
  void theScheduledTemplatesPresetsAreWrittenWithTheCompanion() {
    ScheduledSparkApplication nightly = ScheduledSparkApplication.builder().metadata(m -> m.withName("nightly"))
        .spec(s -> s.schedule("@daily").template(t -> t.image("spark:4")
            .driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(3))))))
        .build();

    Manifest read = YAML.read(YAML.toYaml(nightly));

    assertThat(read.resources()).hasSize(2);
    assertThat(read.resourcesOf(ConfigMap.class).get(0).getMetadata().getName()).isEqualTo("nightly-log4j2");
  }

  @Test
  void theRecordedPresetsAreNoManifestField() {
    String yaml = HEAD + "  driver:\n    probePresets: {}\n";

    assertThatThrownBy(() -> YAML.read(yaml)).isInstanceOf(UnknownFieldException.class)
        .hasMessageContaining("spec.driver.probePresets");
  }
}
