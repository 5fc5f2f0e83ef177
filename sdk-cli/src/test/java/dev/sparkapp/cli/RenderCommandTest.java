package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.samples.SampleCatalog;
import dev.sparkapp.yaml.SparkYaml;
import org.junit.jupiter.api.Test;

class RenderCommandTest {
  @Test
  void rendersASampleAsCanonicalYaml() {
    CliRun run = CliRun.of("render", "spark-pi");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(
        SparkYaml.strict().toYaml(SampleCatalog.named("spark-pi").orElseThrow().resources()));
    assertThat(SparkYaml.strict().read(run.out()).resources()).hasSize(1);
  }

  @Test
  void rendersJsonOnRequest() {
    CliRun run = CliRun.of("render", "spark-pi", "--output", "json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{\n  \"apiVersion\" : \"sparkoperator.k8s.io/v1beta2\"");
  }

  @Test
  void listsEverySample() {
    CliRun run = CliRun.of("render", "--list");
    assertThat(run.exitCode()).isZero();
    SampleCatalog.all().forEach(sample -> assertThat(run.out()).contains(sample.name()));
  }

  @Test
  void namesTheSamplesWhenTheNameIsUnknown() {
    CliRun run = CliRun.of("render", "nope");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("sparkapp render: no sample 'nope'; samples: " + SampleCatalog.names() + "\n");
  }
}
