package dev.sparkapp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeTimelineTest {
  @Test
  void printsTheVerdictAndEveryAttempt() {
    ProbeTimeline timeline = new ProbeTimeline(
        List.of(new ProbeOutcome(Duration.ZERO, Duration.ofMillis(5), false, "exit 1: stale")),
        ProbeTimeline.Verdict.FAILED, Duration.ofMillis(5));

    assertThat(timeline).hasToString("FAILED at +5ms\n  +0ms failure (5ms): exit 1: stale");
    assertThat(timeline.decidedAt()).contains(Duration.ofMillis(5));
  }
}
