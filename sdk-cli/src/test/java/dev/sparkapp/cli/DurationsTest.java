package dev.sparkapp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationsTest {
  private final Durations durations = new Durations();

  @Test
  void readsKubectlStyleDurations() {
    assertThat(durations.convert("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(durations.convert("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(durations.convert("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(durations.convert("500ms")).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void readsIsoDurations() {
    assertThat(durations.convert("PT2M")).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void refusesAnythingElse() {
    for (String bad : new String[] {"soon", "10", "m10", "10m junk", "PTx", ""}) {
      assertThatThrownBy(() -> durations.convert(bad)).as(bad)
          .isInstanceOf(TypeConversionException.class).hasMessageContaining("is not a duration");
    }
  }
}
