package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.probe.ProbeTiming;
import dev.sparkapp.yaml.ManifestValidator;
import io.fabric8.kubernetes.api.model.Container;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApachePiSampleTest {
  private final ApacheSparkApplication app = new ApachePiSample().application();

  private Container driver() {
    return app.spec().driverSpec().orElseThrow().podTemplateSpec().orElseThrow().getSpec().getContainers().get(0);
  }

  @Test
  void theDriverStartsOnlyOnceItsUiAnswersWithinTheOperatorsStartTimeout() {
    assertThat(driver().getName()).isEqualTo("spark-kubernetes-driver");
    assertThat(driver().getStartupProbe().getHttpGet().getPort().getIntVal()).isEqualTo(4040);
    assertThat(app.spec().sparkConf()).containsEntry("spark.ui.port", "4040");
    Duration budget = ProbeTiming.of(ProbeKind.STARTUP, driver().getStartupProbe()).startupBudget();
    assertThat(budget).isLessThanOrEqualTo(Duration.ofMillis(300_000));
  }

  @Test
  void executorsGetABlockManagerLivenessProbeAndTheImagePlaceholderIsKept() {
    assertThat(app.spec().executorSpec().orElseThrow().podTemplateSpec().orElseThrow().getSpec().getContainers())
        .singleElement().satisfies(c -> assertThat(c.getLivenessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(7079));
    assertThat(app.spec().sparkConf()).containsEntry("spark.kubernetes.container.image", "apache/spark:{{SPARK_VERSION}}-scala");
  }

  @Test
  void itValidatesWithoutErrorsOrWarnings() {
    assertThat(ManifestValidator.defaults().validate(app).violations()).isEmpty();
  }
}
