package dev.sparkapp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProbeOutcomeTest {
  @Test
  void printsOffsetResultDurationAndDetail() {
    ProbeOutcome outcome = new ProbeOutcome(Duration.ofMillis(1000), Duration.ofMillis(12), true, "GET / -> 200");

    assertThat(outcome).hasToString("+1000ms success (12ms): GET / -> 200");
  }
}
