package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ConcurrencyPolicy;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.yaml.SparkYaml;
import org.junit.jupiter.api.Test;

class NightlyScheduledSampleTest {
  private final ScheduledSparkApplication app = new NightlyScheduledSample().application();

  @Test
  void runsNightlyWithoutOverlapAndKeepsBoundedHistory() {
    assertThat(app.spec().schedule()).contains(NightlyScheduledSample.SCHEDULE);
    assertThat(app.spec().concurrencyPolicyType()).contains(ConcurrencyPolicy.FORBID);
    assertThat(app.spec().successfulRunHistoryLimit()).hasValueSatisfying(n -> assertThat(n).isPositive());
    assertThat(app.spec().failedRunHistoryLimit()).hasValueSatisfying(n -> assertThat(n).isPositive());
    assertThat(app.spec().template().orElseThrow().mainClass()).isPresent();
  }

  @Test
  void rendersToYamlThatReadsBackEqual() {
    String yaml = SparkYaml.strict().toYaml(app);
    assertThat(yaml).contains("kind: ScheduledSparkApplication", "concurrencyPolicy: Forbid");
    assertThat(SparkYaml.strict().readScheduledApplication(yaml)).isEqualTo(app);
  }
}
