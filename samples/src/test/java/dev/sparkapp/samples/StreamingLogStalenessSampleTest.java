package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.probe.Probed;
import dev.sparkapp.core.probe.SparkPod;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Probe;
import org.junit.jupiter.api.Test;

class StreamingLogStalenessSampleTest {
  private final Probed<SparkApplication> probed = new StreamingLogStalenessSample().probedApplication();

  @Test
  void driverAndExecutorsAreRestartedWhenTheirLogGoesStale() {
    for (SparkPod pod : SparkPod.values()) {
      Probe liveness = SparkContainers.of(probed.resource(), pod).orElseThrow().getLivenessProbe();
      assertThat(liveness.getExec().getCommand()).as(pod.name())
          .anySatisfy(part -> assertThat(part).contains(String.valueOf(StreamingLogStalenessSample.MAX_LOG_AGE.toSeconds())));
    }
    assertThat(probed.resource().spec().restartPolicy().orElseThrow().type()).contains(RestartPolicyType.ALWAYS);
  }

  @Test
  void rendersTheApplicationThenItsCompanionConfigMap() {
    assertThat(probed.companions()).hasSize(1);
    assertThat(new StreamingLogStalenessSample().resources())
        .containsExactly(probed.resource(), probed.companions().get(0));
    String yaml = SparkYaml.strict().toYaml(probed.resources());
    assertThat(SparkYaml.strict().read(yaml).resourcesOf(ConfigMap.class)).isEqualTo(probed.companions());
    assertThat(SparkYaml.strict().read(yaml).resourcesOf(SparkApplication.class)).containsExactly(probed.resource());
  }
}
