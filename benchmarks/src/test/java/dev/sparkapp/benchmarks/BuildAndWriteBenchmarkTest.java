package dev.sparkapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BuildAndWriteBenchmarkTest {
  private static final YAMLMapper TREES = new YAMLMapper();

  private static BuildAndWriteBenchmark benchmark(ManifestShape shape) {
    BuildAndWriteBenchmark benchmark = new BuildAndWriteBenchmark();
    benchmark.shape = shape;
    return benchmark;
  }

  @ParameterizedTest
  @EnumSource(ManifestShape.class)
  void everyPathWritesTheSameManifest(ManifestShape shape) throws IOException {
    BuildAndWriteBenchmark benchmark = benchmark(shape);
    JsonNode sdk = TREES.readTree(benchmark.sdk());
    assertThat(TREES.readTree(benchmark.fabric8Generic())).isEqualTo(sdk);
    assertThat(TREES.readTree(benchmark.jacksonMaps())).isEqualTo(sdk);
    assertThat(sdk.path("spec").path("volumes").size()).isEqualTo(shape.volumes());
    assertThat(sdk.path("spec").path("sparkConf").size()).isEqualTo(shape.sparkConfEntries());
  }

  @Test
  void theSparkPiManifestIsTheSharedReferenceManifest() throws IOException {
    assertThat(TREES.readTree(benchmark(ManifestShape.SPARK_PI).sdk()))
        .isEqualTo(TREES.readTree(ReferenceManifests.sparkPiWithProbes()));
  }
}
