package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.yaml.SparkYaml;
import org.junit.jupiter.api.Test;

class SparkPiSampleTest {
  @Test
  void buildsSparkPiWithDriverAndTwoExecutors() {
    SparkApplication app = new SparkPiSample().application();
    assertThat(app.name()).contains("spark-pi");
    assertThat(app.spec().mainClass()).contains("org.apache.spark.examples.SparkPi");
    assertThat(app.spec().executor().orElseThrow().instances()).contains(2);
  }

  @Test
  void rendersToYamlThatReadsBackEqual() {
    SparkApplication app = new SparkPiSample().application();
    assertThat(SparkYaml.strict().readApplication(SparkYaml.strict().toYaml(app))).isEqualTo(app);
  }
}
