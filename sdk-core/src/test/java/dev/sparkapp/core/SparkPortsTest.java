package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkPortsTest {
  @Test
  void theUiIsEnabledUnlessSparkConfTurnsItOff() {
    assertThat(SparkPorts.uiEnabled(null)).isTrue();
    assertThat(SparkPorts.uiEnabled(Map.of())).isTrue();
    assertThat(SparkPorts.uiEnabled(Map.of(SparkPorts.UI_ENABLED, "true"))).isTrue();
    assertThat(SparkPorts.uiEnabled(Map.of(SparkPorts.UI_ENABLED, " FALSE "))).isFalse();
  }

  @Test
  void firstSetReturnsTheMostSpecificKeyThatIsSetTrimmed() {
    Map<String, String> conf = Map.of(SparkPorts.BLOCK_MANAGER_PORT, " 7079 ", SparkPorts.DRIVER_BLOCK_MANAGER_PORT, "7100");
    assertThat(SparkPorts.firstSet(conf, SparkPorts.DRIVER_BLOCK_MANAGER_PORT, SparkPorts.BLOCK_MANAGER_PORT))
        .contains(Map.entry(SparkPorts.DRIVER_BLOCK_MANAGER_PORT, "7100"));
    assertThat(SparkPorts.firstSet(conf, SparkPorts.BLOCK_MANAGER_PORT))
        .contains(Map.entry(SparkPorts.BLOCK_MANAGER_PORT, "7079"));
    assertThat(SparkPorts.firstSet(conf, SparkPorts.DRIVER_PORT)).isEmpty();
    assertThat(SparkPorts.firstSet(null, SparkPorts.DRIVER_PORT)).isEmpty();
  }
}
