package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.Container;
import org.junit.jupiter.api.Test;

class SparkPiSampleTest {
  private final SparkApplication app = new SparkPiSample().application();

  @Test
  void buildsSparkPiWithDriverAndTwoExecutors() {
    assertThat(app.name()).contains("spark-pi");
    assertThat(app.spec().mainClass()).contains("org.apache.spark.examples.SparkPi");
    assertThat(app.spec().executor().orElseThrow().instances()).contains(2);
  }

  @Test
  void theDriverHasSparkUiStartupAndLivenessProbes() {
    Container driver = SparkContainers.of(app, SparkPod.DRIVER).orElseThrow();
    assertThat(driver.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/api/v1/version");
    assertThat(driver.getStartupProbe().getHttpGet()).isEqualTo(driver.getLivenessProbe().getHttpGet());
    assertThat(driver.getReadinessProbe()).isNull();
    assertThat(SparkContainers.of(app, SparkPod.EXECUTOR)).isEmpty();
  }

  @Test
  void rendersToYamlThatReadsBackEqual() {
    assertThat(SparkYaml.strict().readApplication(SparkYaml.strict().toYaml(app))).isEqualTo(app);
  }
}
