package dev.sparkapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkApplication;
import org.junit.jupiter.api.Test;

class ManifestShapeTest {
  @Test
  void theLargeShapeHasFiftyDistinctVolumesAndTwoHundredDistinctConfEntries() {
    SparkApplication large = SdkManifest.build(ManifestShape.LARGE);
    assertThat(large.spec().volumes()).hasSize(50)
        .extracting(v -> v.getName()).doesNotHaveDuplicates();
    assertThat(large.spec().sparkConf()).hasSize(200);
    assertThat(SdkManifest.build(ManifestShape.SPARK_PI).spec().volumes()).isNull();
  }
}
