package dev.sparkapp.core.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.FieldPath;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparkDurationsTest {
  private static final String KEY = "spark.executor.heartbeatInterval";
  private static final Duration DEFAULT = Duration.ofSeconds(10);

  private static SparkConfAt conf(Map<String, String> entries) {
    return new SparkConfAt(entries, SparkConfAt.SPEC_SPARK_CONF);
  }

  @ParameterizedTest(name = "{0} is {1} ms")
  @CsvSource({"2s, 2000", "500ms, 500", "1500, 1500", "' 3S ', 3000", "2min, 120000", "2m, 120000", "1h, 3600000",
      "1d, 86400000", "2000us, 2", "-1s, -1000"})
  void readsAValueAsSparkDoes(String value, long millis) {
    assertThat(SparkDurations.read(conf(Map.of(KEY, value)), KEY, ChronoUnit.MILLIS, DEFAULT)).isEqualTo(Duration.ofMillis(millis));
  }

  @Test
  void aBareNumberIsInTheSettingsOwnUnit() {
    assertThat(SparkDurations.read(conf(Map.of(KEY, "3")), KEY, ChronoUnit.SECONDS, DEFAULT)).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void anUnsetValueIsTheDefault() {
    assertThat(SparkDurations.read(conf(Map.of()), KEY, ChronoUnit.MILLIS, DEFAULT)).isEqualTo(DEFAULT);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"10 s", "ten", "10sec", "1.5s", "''", "s", "10w"})
  void refusesWhatSparkRefusesNamingTheSetting(String value) {
    assertThatThrownBy(() -> SparkDurations.read(conf(Map.of(KEY, value)), KEY, ChronoUnit.MILLIS, DEFAULT))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageContaining("spec.sparkConf[\"spark.executor.heartbeatInterval\"]")
        .hasMessageContaining("is not a Spark duration");
  }

  @Test
  void namesTheSettingWhereTheResourceHoldsIt() {
    SparkConfAt scheduled = new SparkConfAt(Map.of(KEY, "ten"), FieldPath.of("spec", "template", "sparkConf"));

    assertThatThrownBy(() -> SparkDurations.read(scheduled, KEY, ChronoUnit.MILLIS, DEFAULT))
        .isInstanceOf(ProbePresetException.class)
        .hasMessageStartingWith("spec.template.sparkConf[\"spark.executor.heartbeatInterval\"]: ");
  }

  @Test
  void refusesADurationLongerThanACenturyInsteadOfOverflowing() {
    assertThatThrownBy(() -> SparkDurations.read(conf(Map.of(KEY, "999999999999999999d")), KEY, ChronoUnit.MILLIS, DEFAULT))
        .isInstanceOf(ProbePresetException.class).hasMessageContaining("longer than a century");
    assertThatThrownBy(() -> SparkDurations.read(conf(Map.of(KEY, "99999999999999999999")), KEY, ChronoUnit.MILLIS, DEFAULT))
        .isInstanceOf(ProbePresetException.class);
    assertThat(SparkDurations.read(conf(Map.of(KEY, "36500d")), KEY, ChronoUnit.MILLIS, DEFAULT)).isEqualTo(Duration.ofDays(36_500));
  }
}
