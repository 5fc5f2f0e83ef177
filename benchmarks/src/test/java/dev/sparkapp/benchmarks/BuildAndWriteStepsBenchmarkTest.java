package dev.sparkapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sparkapp.core.SparkApplication;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BuildAndWriteStepsBenchmarkTest {
  private static final YAMLMapper TREES = new YAMLMapper();

  private static BuildAndWriteStepsBenchmark steps(ManifestShape shape) {
    BuildAndWriteStepsBenchmark steps = new BuildAndWriteStepsBenchmark();
    steps.shape = shape;
    steps.buildOnce();
    return steps;
  }

  @ParameterizedTest
  @EnumSource(ManifestShape.class)
  void eachPathsWriteAloneWritesWhatItsWholeBenchmarkWrites(ManifestShape shape) throws IOException {
    BuildAndWriteBenchmark whole = new BuildAndWriteBenchmark();
    whole.shape = shape;
    BuildAndWriteStepsBenchmark steps = steps(shape);

    JsonNode sdk = TREES.readTree(whole.sdk());
    assertThat(TREES.readTree(steps.sdkWrite())).isEqualTo(sdk);
    assertThat(TREES.readTree(steps.fabric8GenericWrite())).isEqualTo(sdk);
  }

  @ParameterizedTest
  @EnumSource(ManifestShape.class)
  void theFabric8PartsAreTheObjectsTheSdkBuildHolds(ManifestShape shape) {
    BuildAndWriteStepsBenchmark steps = steps(shape);
    SparkApplication app = steps.sdkBuild();
    List<Object> parts = steps.sdkFabric8Parts();

    assertThat(parts).hasSize(4 + shape.volumes());
    assertThat(parts.get(0)).isInstanceOf(PodTemplateSpec.class).isEqualTo(app.spec().driver().get().template().get());
    assertThat(parts.get(1)).isInstanceOf(SecurityContext.class).isEqualTo(app.spec().driver().get().securityContext().get());
    assertThat(parts.get(2)).isEqualTo(app.spec().executor().get().securityContext().get());
    assertThat(parts.get(3)).isEqualTo(app.metadata());
    assertThat(parts.subList(4, parts.size())).allSatisfy(v -> assertThat(v).isInstanceOf(Volume.class))
        .isEqualTo(shape.volumes() == 0 ? List.of() : app.spec().volumes());
  }
}
