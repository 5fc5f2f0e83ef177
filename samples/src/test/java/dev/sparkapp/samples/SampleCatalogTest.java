package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import org.junit.jupiter.api.Test;

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
          .as(sample.name()).isEqualTo(sample.resources());
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
}
