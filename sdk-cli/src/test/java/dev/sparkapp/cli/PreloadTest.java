package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.yaml.SparkYaml;
import org.junit.jupiter.api.Test;

class PreloadTest {
  @Test
  void validatePreloadsTheSchemasAndTheReader() {
    assertThat(Preload.tasksFor(new String[] {"validate", "app.yaml"}))
        .containsExactly(Preload.Task.SCHEMAS, Preload.Task.READER);
  }

  @Test
  void otherCommandsThatReadManifestsPreloadTheReader() {
    for (String command : new String[] {"explain", "probes", "apply"}) {
      assertThat(Preload.tasksFor(new String[] {command, "app.yaml"})).as(command).containsExactly(Preload.Task.READER);
    }
  }

  @Test
  void fmtPreloadsNothing() {
    assertThat(Preload.tasksFor(new String[] {"fmt", "app.yaml"})).isEmpty();
  }

  @Test
  void commandsThatReadNoManifestPreloadNothing() {
    assertThat(Preload.tasksFor(new String[] {"render", "spark-pi"})).isEmpty();
    assertThat(Preload.tasksFor(new String[] {"--help"})).isEmpty();
    assertThat(Preload.tasksFor(new String[0])).isEmpty();
  }

  @Test
  void thePreloadManifestReadsAsASparkApplication() {
    assertThat(SparkYaml.strict().readApplication(Preload.MANIFEST)).isInstanceOf(SparkApplication.class);
  }

  @Test
  void eachTaskRunsWithoutFailing() {
    for (Preload.Task task : Preload.Task.values()) {
      assertThatCode(task.work::run).as(task.name()).doesNotThrowAnyException();
    }
  }
}
