package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.samples.SampleCatalog;
import dev.sparkapp.yaml.SparkYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Test
  void printsWhatTheReadmeQuickStartShows() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    String marker = "```yaml\n";
    int start = readme.indexOf(marker, readme.indexOf("`./sparkapp render spark-pi` prints"));
    assertThat(start).as("the quick start's yaml block").isPositive();
    String shown = readme.substring(start + marker.length(), readme.indexOf("```", start + marker.length()));

    assertThat(CliRun.of("render", "spark-pi").out()).isEqualTo(shown);
  }
}
