package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkResource;
import dev.sparkapp.testing.SparkAssertions;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SampleCatalogTest {
  @Test
  void namesAreUniqueAndEachIsFoundByName() {
    assertThat(SampleCatalog.all()).extracting(Sample::name).doesNotHaveDuplicates();
    for (Sample sample : SampleCatalog.all()) {
      assertThat(SampleCatalog.named(sample.name())).containsSame(sample);
      assertThat(SampleCatalog.names()).contains(sample.name());
    }
    assertThat(SampleCatalog.named("no-such-sample")).isEmpty();
  }

  @Test
  void everySampleRendersToYamlThatReadsBackEqual() {
    SparkYaml yaml = SparkYaml.strict();
    for (Sample sample : SampleCatalog.all()) {
      assertThat(yaml.read(yaml.toYaml(sample.resources())).resources())
          .as(sample.name()).isEqualTo(SparkResource.withCompanions(sample.resources()));
    }
  }

  @Test
  void everySampleValidatesWithoutErrors() {
    for (Sample sample : SampleCatalog.all()) {
      for (Object resource : sample.resources()) {
        assertThat(ManifestValidator.defaults().validate(resource).errors()).as(sample.name()).isEmpty();
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everySampleMatchesItsSnapshot() {
    return SparkAssertions.snapshotTests(Path.of("src/test/resources/snapshots"),
        SampleCatalog.all(), Sample::name, Sample::resources);
  }
}
