package dev.sparkapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceManifestsTest {
  @Test
  void loadsTheSharedSparkPiWithProbes() {
    assertThat(ReferenceManifests.sparkPiWithProbes()).contains("kind: SparkApplication", "livenessProbe:");
  }

  @Test
  void repeatSeparatesEveryCopyWithADocumentMarker() {
    assertThat(ReferenceManifests.repeat("a: 1", 3)).isEqualTo("---\na: 1\n---\na: 1\n---\na: 1\n");
    assertThat(ReferenceManifests.repeat("---\na: 1\n", 2)).isEqualTo("---\na: 1\n---\na: 1\n");
  }
}
