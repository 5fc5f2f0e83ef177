package dev.sparkapp.sparkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.probe.ProbePresetException;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.core.validate.Violation;
import dev.sparkapp.samples.SampleCatalog;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The probe presets and the validator against the pods Spark 4.0.1 itself builds ({@link SparkBuiltPods}):
 * for every sample, every operator example and every real-world manifest of {@code testdata/}, with each set
 * of presets attached, the built pods pass {@link BuiltPodChecks}, and where they do the validator reports
 * no error from a rule about pods (no false positive).
 */
@Execution(ExecutionMode.CONCURRENT)
class SparkPodBuildersTest {
  /** The validator's rules about what the pods get: what the built pods can confirm or refute. */
  static final Set<String> POD_RULES = Set.of("template-container-name", "template-duplicate-container",
      "template-container-port", "template-volume-mount", "probe-handler", "probe-port", "probe-named-port",
      "probe-init-container", "spark-probe-container", "spark-http-probe-port", "spark-unpinned-tcp-probe",
      "spark-ui-disabled-probe");

  /**
   * Manifests for which Spark builds no pod, with the reason it gives: two real-world files still hold the
   * placeholder their readers are told to fill in, in a URI Spark must resolve; and the operator's emptyDir
   * example, whose {@code spark-local-dir-1} emptyDir the operator turns into sparkConf, where Spark 4.0.1's
   * {@code MountVolumesFeatureStep} calls a constructor of fabric8 7.1.0 (Spark's own) that fabric8 7.9.0 (this
   * project's) no longer has: a limit of this module's classpath, not of the manifest.
   */
  static final Map<String, String> SPARK_REFUSES = Map.of(
      "Netcracker__qubership-spark-on-k8s/spark-sample-apps__sparks3test__spark_s3_connection_test_app.yaml",
      "The template variable 'S3BUCKET' has no value",
      "awslabs__data-on-eks/data-stacks__spark-on-eks__examples__s3-tables__s3table-spark-operator.yaml",
      "Please specify spark.kubernetes.file.upload.path property.",
      "spark-pi-emptydir.yaml",
      "NoSuchMethodError: 'void io.fabric8.kubernetes.api.model.EmptyDirVolumeSource.<init>(java.lang.String, "
          + "io.fabric8.kubernetes.api.model.Quantity)'");

  /** The sets of presets attached to each manifest, by name. */
  static final Map<String, ProbeSet> PRESETS = presets();

  @TempDir Path templates;

  private static Map<String, ProbeSet> presets() {
    Map<String, ProbeSet> presets = new LinkedHashMap<>();
    presets.put("none", ProbeSet.none());
    presets.put("port probes", ProbeSet.none().with(SparkPod.DRIVER, ProbeKind.STARTUP, Probes.sparkUi())
        .with(SparkPod.DRIVER, ProbeKind.LIVENESS, Probes.sparkUi())
        .with(SparkPod.DRIVER, ProbeKind.READINESS, Probes.driverRpc())
        .with(SparkPod.EXECUTOR, ProbeKind.LIVENESS, Probes.blockManager()));
    presets.put("log staleness", ProbeSet.none()
        .with(SparkPod.DRIVER, ProbeKind.LIVENESS, Probes.logStaleness(Duration.ofMinutes(10)))
        .with(SparkPod.DRIVER, ProbeKind.READINESS, Probes.blockManager())
        .with(SparkPod.EXECUTOR, ProbeKind.LIVENESS, Probes.logStaleness(Duration.ofMinutes(10))));
    return presets;
  }

  static Path testdata() {
    return Path.of(System.getProperty("sparkapp.testdata")).toAbsolutePath().normalize();
  }

  /** Every sample, operator example and real-world manifest that reads, as the SparkApplications they hold. */
  static Stream<Arguments> manifests() throws IOException {
    List<Arguments> all = new ArrayList<>();
    SampleCatalog.all().forEach(sample -> sample.resources().forEach(r -> asApplication(r)
        .ifPresent(app -> all.add(Arguments.of("sample " + sample.name(), app)))));
    for (String folder : List.of("kubeflow-spark-operator-v2.5.2/examples", "real-world")) {
      Path root = testdata().resolve(folder);
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
          List<Object> resources;
          try {
            resources = SparkYaml.lenient().read(file).resources();
          } catch (SparkAppException notAManifest) {
            continue; // RealWorldManifestsTest (sdk-yaml) names why each such file is refused
          }
          String name = root.relativize(file).toString();
          resources.forEach(r -> asApplication(r).ifPresent(app -> all.add(Arguments.of(name, app))));
        }
      }
    }
    return all.stream();
  }

  /** A SparkApplication, or the one a ScheduledSparkApplication creates from its template. */
  private static java.util.Optional<SparkApplication> asApplication(Object resource) {
    if (resource instanceof SparkApplication app) {
      return java.util.Optional.of(app);
    }
    if (resource instanceof ScheduledSparkApplication scheduled && scheduled.spec().template().isPresent()) {
      return java.util.Optional.of(SparkApplication.builder().metadata(scheduled.metadata())
          .spec(scheduled.spec().template().get()).build());
    }
    return java.util.Optional.empty();
  }

  @Test
  void everySampleEveryOperatorExampleAndTheRealWorldCorpusAreChecked() throws IOException {
    List<Arguments> manifests = manifests().toList();
    assertThat(manifests.stream().map(a -> a.get()[0].toString()).filter(n -> n.startsWith("sample ")).distinct())
        .hasSize(6);
    assertThat(manifests).filteredOn(a -> a.get()[0].toString().contains("__")).hasSizeGreaterThanOrEqualTo(35);
    assertThat(manifests).hasSizeGreaterThanOrEqualTo(55);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void builtPodsCarryEveryPresetAndTheValidatorFindsNoPodErrorInThem(String name, SparkApplication app)
      throws IOException {
    if (SPARK_REFUSES.containsKey(name)) {
      Throwable refusal = catchThrowable(() -> SparkBuiltPods.of(app, templates));
      assertThat(refusal).as(name).isNotNull();
      assertThat(refusal.toString()).contains(SPARK_REFUSES.get(name));
      return;
    }
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, ProbeSet> presets : PRESETS.entrySet()) {
      SparkApplication probed;
      try {
        probed = presets.getValue().applyTo(app);
      } catch (ProbePresetException refused) {
        problems.add(presets.getKey() + ": refused: " + refused.getMessage());
        continue;
      }
      SparkBuiltPods pods;
      try {
        pods = SparkBuiltPods.of(probed,
            Files.createDirectories(templates.resolve(presets.getKey().replace(' ', '-'))));
      } catch (Exception | LinkageError e) {
        problems.add(presets.getKey() + ": Spark builds no pod: " + e);
        continue;
      }
      List<String> podProblems = BuiltPodChecks.problems(probed, presets.getValue(), pods);
      podProblems.forEach(p -> problems.add(presets.getKey() + ": " + p));
      if (podProblems.isEmpty()) {
        List<Violation> falsePositives = ManifestValidator.defaults().validate(probed).errors().stream()
            .filter(v -> POD_RULES.contains(v.ruleId())).toList();
        falsePositives.forEach(v -> problems.add(presets.getKey() + ": validator error on sound pods: " + v));
      }
    }
    assertThat(problems).as(name).isEmpty();
  }
}
