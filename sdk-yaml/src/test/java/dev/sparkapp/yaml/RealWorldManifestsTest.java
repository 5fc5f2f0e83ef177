package dev.sparkapp.yaml;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.core.validate.Violation;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of real public manifests in {@code testdata/real-world} (sources, commits and licences in its
 * {@code SOURCES.md}): every valid one reads strictly, validates with no error and round-trips through the
 * canonical writer ({@code sparkapp fmt}) with no leaf lost, changed or added; every invalid one fails for
 * the reason named here.
 *
 * <p>Files whose values hold {@code ${VAR}} (envsubst) or {@code {{ .x }}} placeholders inside strings are
 * valid manifests: the placeholders are ordinary strings and must survive formatting unchanged. A file
 * that is only valid YAML after templating (a Helm template) is invalid YAML here, as it is to kubectl.
 */
class RealWorldManifestsTest {
  private static final String DUPLICATE_MULTIPART_SIZE = "duplicate key 'spark.hadoop.fs.s3a.multipart.size'";

  /** Corpus file (relative to {@code real-world/}) -> the reason it is refused, as the SDK reports it. */
  private static final Map<String, String> INVALID = Map.ofEntries(
      // EMR on EKS ships its own operator build; v2.5.2's CRD requires spec.sparkVersion.
      entry("awslabs__data-on-eks/data-stacks__emr-on-eks__examples__emr-spark-operator__"
          + "taxi-trip-spark-operator.yaml", "sparkVersion is required by the CRD"),
      // A volumeMounts list item is indented less than its siblings: PyYAML refuses it too.
      entry("awslabs__data-on-eks/data-stacks__spark-on-eks__benchmarks__benchmark-testdata-generation__"
          + "tpcds-benchmark-data-generation-1t.yaml", ":117:5: invalid YAML"),
      // sparkConf repeats a key with another value; YAML 1.2 requires unique keys.
      entry("awslabs__data-on-eks/data-stacks__spark-on-eks__benchmarks__celeborn-benchmarks__"
          + "tpcds-benchmark-3t-ebs-celeborn.yaml", DUPLICATE_MULTIPART_SIZE),
      entry("awslabs__data-on-eks/data-stacks__spark-on-eks__benchmarks__graviton-benchmarks__"
          + "tpcds-benchmark-1t-ssd.yaml", DUPLICATE_MULTIPART_SIZE),
      // v1beta1 was removed from the operator long before v2.5.2, whose CRD serves only v1beta2.
      entry("cerndb__spark-on-k8s-operator/examples__spark-pi.yaml",
          "sparkoperator.k8s.io/v1beta1 SparkApplication is not supported"),
      // A field of the KUDO operator's fork; v2.5.2's CRD has no such field (the API server prunes it).
      entry("mesosphere__kudo-spark-operator/tests__test-mount-spark-configmap__02-submit-spark-app.yaml",
          "unknown field 'deleteOnTermination' in DriverSpec"),
      // A kuttl assertion: a partial object matched against the cluster's, not a manifest to apply.
      entry("mesosphere__kudo-spark-operator/tests__test-multy-tenancy__01-assert.yaml",
          "missing required field 'spec'"),
      // HPE Ezmeral's operator serves its own API group: not the kubeflow operator's resource.
      entry("HPEEzmeral__spark-on-k8s/examples__spark-3.2.0__crs__spark-pi.yaml",
          "no sparkoperator.k8s.io resource: [sparkoperator.hpe.com/v1beta2 SparkApplication]"),
      entry("HPEEzmeral__spark-on-k8s/examples__spark-3.2.0__crs__advancedsamples__spark-solr-kerberos.yaml",
          "no sparkoperator.k8s.io resource: [sparkoperator.hpe.com/v1beta2 SparkApplication]"),
      // A Helm chart's template: YAML only after `helm template` has run.
      entry("Netcracker__qubership-spark-on-k8s/spark-sample-apps__spark-pi-long-run-oauth2-proxy__chart__helm__"
          + "sparkpioauth2proxy__templates__crs__spark-pi-long-run-oauth2-proxy.yaml", ":19:11: invalid YAML"));

  static List<String> corpus() throws IOException {
    try (Stream<Path> files = Files.walk(TestData.realWorld())) {
      return files.filter(f -> f.toString().endsWith(".yaml"))
          .map(f -> TestData.realWorld().relativize(f).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  static Stream<String> valid() throws IOException {
    return corpus().stream().filter(file -> !INVALID.containsKey(file));
  }

  static Stream<String> invalid() {
    return INVALID.keySet().stream().sorted();
  }

  @Test
  void theCorpusHoldsAtLeast25ValidManifestsAndNamesOnlyItsOwnFilesAsInvalid() throws IOException {
    assertThat(valid()).hasSizeGreaterThanOrEqualTo(25);
    assertThat(corpus()).containsAll(INVALID.keySet());
  }

  @ParameterizedTest
  @MethodSource("valid")
  void validManifestReadsStrictlyAndValidatesWithoutErrors(String file) {
    Manifest manifest = SparkYaml.strict().read(TestData.realWorld().resolve(file));
    assertThat(manifest.documents()).anyMatch(ManifestDocument::isSparkResource);

    ValidationResult result = ManifestValidator.defaults().validate(manifest);
    assertThat(result.errors()).as("errors on %s", file).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("valid")
  void validManifestRoundTripsThroughTheCanonicalWriterLeafByLeaf(String file) throws IOException {
    Path path = TestData.realWorld().resolve(file);
    String written = SparkYaml.strict().toYaml(SparkYaml.strict().read(path).resources());

    TreeComparison.assertSameLeaves(Files.readString(path), written, file);
    assertThat(SparkYaml.strict().toYaml(SparkYaml.strict().read(written).resources())).isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidManifestFailsForTheNamedReason(String file) {
    assertThat(refusal(TestData.realWorld().resolve(file))).contains(INVALID.get(file));
  }

  /** Why the SDK refuses {@code file}: the read error, the lack of a spark-operator resource or the errors. */
  private static String refusal(Path file) {
    Manifest manifest;
    try {
      manifest = SparkYaml.strict().read(file);
    } catch (SparkAppException e) {
      return e.getMessage();
    }
    if (manifest.documents().stream().noneMatch(ManifestDocument::isSparkResource)) {
      return "no sparkoperator.k8s.io resource: " + manifest.resources().stream()
          .map(r -> r instanceof HasMetadata k ? k.getApiVersion() + " " + k.getKind() : r.getClass().getName())
          .toList();
    }
    return ManifestValidator.defaults().validate(manifest).errors().stream()
        .map(Violation::toString).collect(Collectors.joining("\n", "", "\n(no errors if empty)"));
  }
}
