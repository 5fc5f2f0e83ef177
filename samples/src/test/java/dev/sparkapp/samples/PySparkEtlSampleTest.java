package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.DynamicAllocation;
import dev.sparkapp.core.PythonVersion;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.Container;
import org.junit.jupiter.api.Test;

class PySparkEtlSampleTest {
  private final SparkApplication app = new PySparkEtlSample().application();

  @Test
  void isAPython3AppWithPyFilesAndAJar() {
    assertThat(app.spec().type()).contains(SparkApplicationType.PYTHON);
    assertThat(app.spec().pythonVersion()).contains(PythonVersion.V3);
    assertThat(app.spec().mainApplicationFile()).hasValueSatisfying(f -> assertThat(f).endsWith(".py"));
    assertThat(app.spec().deps().orElseThrow().pyFiles()).singleElement()
        .satisfies(f -> assertThat(f).endsWith(".zip"));
    assertThat(app.spec().deps().orElseThrow().jars()).hasSize(1);
  }

  @Test
  void scalesExecutorsWithDynamicAllocationAndNoFixedCount() {
    DynamicAllocation allocation = app.spec().dynamicAllocation().orElseThrow();
    assertThat(allocation.enabled()).contains(true);
    assertThat(allocation.minExecutors().orElseThrow())
        .isLessThanOrEqualTo(allocation.initialExecutors().orElseThrow())
        .isLessThan(allocation.maxExecutors().orElseThrow());
    assertThat(allocation.shuffleTrackingEnabled()).contains(true);
    assertThat(app.spec().executor().orElseThrow().instances()).isEmpty();
  }

  @Test
  void theDriverIsReadyOnlyOnceItsSparkUiAnswers() {
    Container driver = SparkContainers.of(app, SparkPod.DRIVER).orElseThrow();
    assertThat(driver.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/api/v1/version");
    assertThat(driver.getLivenessProbe()).isNull();
  }

  @Test
  void rendersToYamlThatReadsBackEqual() {
    String yaml = SparkYaml.strict().toYaml(app);
    assertThat(yaml).contains("pythonVersion: \"3\"", "dynamicAllocation:");
    assertThat(SparkYaml.strict().readApplication(yaml)).isEqualTo(app);
  }
}
