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

  @Test
  void resolveGivesTheDefaultWhenNoKeyIsSet() {
    SparkPorts.PortSetting setting = SparkPorts.resolve(null, 7078, SparkPorts.DRIVER_PORT);

    assertThat(setting.status()).isEqualTo(SparkPorts.PortSetting.Status.DEFAULT);
    assertThat(setting.port()).isEqualTo(7078);
    assertThat(setting.key()).isNull();
    assertThat(setting.isKnown()).isTrue();
  }

  @Test
  void resolveFollowsTheMostSpecificKeyThatIsSet() {
    Map<String, String> conf = Map.of(SparkPorts.BLOCK_MANAGER_PORT, "7079", SparkPorts.DRIVER_BLOCK_MANAGER_PORT, " 7100 ");

    SparkPorts.PortSetting setting =
        SparkPorts.resolve(conf, 7079, SparkPorts.DRIVER_BLOCK_MANAGER_PORT, SparkPorts.BLOCK_MANAGER_PORT);

    assertThat(setting).isEqualTo(new SparkPorts.PortSetting(SparkPorts.PortSetting.Status.FIXED,
        SparkPorts.DRIVER_BLOCK_MANAGER_PORT, "7100", 7100));
  }

  @Test
  void resolveTellsRandomOutOfRangeAndNonNumericSettingsApart() {
    assertThat(SparkPorts.resolve(Map.of(SparkPorts.UI_PORT, "0"), 4040, SparkPorts.UI_PORT).status())
        .isEqualTo(SparkPorts.PortSetting.Status.RANDOM);
    SparkPorts.PortSetting high = SparkPorts.resolve(Map.of(SparkPorts.UI_PORT, "70000"), 4040, SparkPorts.UI_PORT);
    assertThat(high.status()).isEqualTo(SparkPorts.PortSetting.Status.OUT_OF_RANGE);
    assertThat(high.port()).isEqualTo(70000);
    assertThat(high.isKnown()).isFalse();
    assertThat(SparkPorts.resolve(Map.of(SparkPorts.UI_PORT, "-1"), 4040, SparkPorts.UI_PORT).status())
        .isEqualTo(SparkPorts.PortSetting.Status.OUT_OF_RANGE);
    SparkPorts.PortSetting text = SparkPorts.resolve(Map.of(SparkPorts.UI_PORT, "ui"), 4040, SparkPorts.UI_PORT);
    assertThat(text.status()).isEqualTo(SparkPorts.PortSetting.Status.NOT_A_NUMBER);
    assertThat(text.value()).isEqualTo("ui");
  }
}
