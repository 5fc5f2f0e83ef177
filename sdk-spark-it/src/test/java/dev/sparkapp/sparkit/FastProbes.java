package dev.sparkapp.sparkit;

import dev.sparkapp.core.probe.ProbePreset;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

/** What the real-Spark probe tests share: fast preset timing and free local ports. */
final class FastProbes {
  private FastProbes() {}

  /**
   * Fast timing so that a test decides within seconds; the checks are the presets' own. The timeout stays
   * generous: the first request to {@code /api/v1} initialises Spark's REST servlet, which takes seconds on
   * a busy machine.
   */
  static ProbePreset fast(ProbePreset preset) {
    return preset.withInitialDelay(Duration.ZERO).withPeriod(Duration.ofSeconds(1))
        .withTimeout(Duration.ofSeconds(8)).withFailureThreshold(3);
  }

  /** A port nothing listens on right now. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
