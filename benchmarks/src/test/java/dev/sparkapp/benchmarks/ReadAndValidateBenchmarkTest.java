package dev.sparkapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadAndValidateBenchmarkTest {
  @ParameterizedTest
  @CsvSource({"SPARK_PI, 1", "LARGE, 3"})
  void everyPathReadsEveryDocumentOfTheSameInput(ManifestShape shape, int documents) throws IOException {
    ReadAndValidateBenchmark benchmark = new ReadAndValidateBenchmark();
    benchmark.shape = shape;
    benchmark.documents = documents;
    benchmark.renderInput();

    assertThat(benchmark.sdk().errors()).isEmpty();
    assertThat(benchmark.sdk().skippedDocuments()).isZero();
    assertThat(SparkYaml.strict().read(benchmark.input()).resourcesOf(SparkApplication.class))
        .hasSize(documents).containsOnly(SdkManifest.build(shape));
    assertThat(genericResources(benchmark.fabric8Generic())).hasSize(documents)
        .allSatisfy(r -> assertThat(r.getKind()).isEqualTo("SparkApplication"));
    assertThat(benchmark.jacksonTree()).hasSize(documents);
  }

  private static List<GenericKubernetesResource> genericResources(Object read) {
    List<?> list = read instanceof List<?> many ? many : List.of(read);
    return list.stream().map(GenericKubernetesResource.class::cast).toList();
  }
}
