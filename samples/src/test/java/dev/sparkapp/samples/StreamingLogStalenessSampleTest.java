package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Probe;
import org.junit.jupiter.api.Test;

class StreamingLogStalenessSampleTest {
  private final SparkApplication app = new StreamingLogStalenessSample().application();

  @Test
  void driverAndExecutorsAreRestartedWhenTheirLogGoesStale() {
    for (SparkPod pod : SparkPod.values()) {
      Probe liveness = SparkContainers.of(app, pod).orElseThrow().getLivenessProbe();
      assertThat(liveness.getExec().getCommand()).as(pod.name())
          .anySatisfy(part -> assertThat(part).contains(String.valueOf(StreamingLogStalenessSample.MAX_LOG_AGE.toSeconds())));
    }
    assertThat(app.spec().restartPolicy().orElseThrow().type()).contains(RestartPolicyType.ALWAYS);
  }

  @Test
  void writesTheApplicationThenItsCompanionConfigMap() {
    assertThat(app.companions()).singleElement()
        .satisfies(c -> assertThat(c.getMetadata().getName()).isEqualTo("clickstream-sessions-log4j2"));
    String yaml = SparkYaml.strict().toYaml(app);
    assertThat(SparkYaml.strict().read(yaml).resources()).hasSize(2);
    assertThat(SparkYaml.strict().read(yaml).resourcesOf(ConfigMap.class)).isEqualTo(app.companions());
    assertThat(SparkYaml.strict().read(yaml).resourcesOf(SparkApplication.class)).containsExactly(app);
  }
}
