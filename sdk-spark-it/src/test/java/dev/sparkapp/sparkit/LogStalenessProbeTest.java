package dev.sparkapp.sparkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.testing.ProbeRunner;
import dev.sparkapp.testing.ProbeTimeline;
import io.fabric8.kubernetes.api.model.Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log-staleness preset's command, run with {@code /bin/sh} as the kubelet would, against a file that
 * log4j2 writes with exactly the configuration the preset puts in its ConfigMap.
 */
class LogStalenessProbeTest {
  @TempDir Path dir;

  @Test
  void passesWhileLog4j2WritesTheFileAndFailsOnceItIsOlderThanMaxAge() throws Exception {
    Path logs = Files.createDirectory(dir.resolve("logs"));
    SparkApplication app = SparkApplication.builder().metadata(m -> m.withName("it")).spec(s -> s.image("i")
        .executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofSeconds(2)).withLogDirectory(logs.toString())
            .withInitialDelay(Duration.ZERO).withPeriod(Duration.ofSeconds(1)).withFailureThreshold(2))))
        .build();
    Probe probe = app.spec().executor().orElseThrow().template().orElseThrow()
        .getSpec().getContainers().get(0).getLivenessProbe();
    Map<String, String> data = app.companions().get(0).getData();
    Path config = Files.writeString(dir.resolve("log4j2-executor.properties"), data.get("log4j2-executor.properties"));

    assertThat(ProbeRunner.of(probe).probeOnce().detail()).contains("does not exist");

    LoggerContext context = new LoggerContext("log-staleness-it", null, config.toUri());
    context.start();
    ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
    try {
      Logger log = context.getLogger("org.apache.spark.executor.Executor");
      writer.scheduleAtFixedRate(() -> log.info("Finished task in stage 0"), 0, 200, TimeUnit.MILLISECONDS);

      // Longer than maxAge: only the ongoing writes keep the file fresh enough to pass.
      Thread.sleep(3500);
      ProbeTimeline whileWritten = ProbeRunner.of(probe).run(Duration.ofSeconds(10));
      assertThat(whileWritten.verdict()).as("%s", whileWritten).isEqualTo(ProbeTimeline.Verdict.PASSED);
      assertThat(whileWritten.outcomes().get(0).detail()).startsWith("exit 0: log file " + logs.resolve("spark.log"));
      assertThat(Files.readString(logs.resolve("spark.log"))).contains("INFO Executor: Finished task in stage 0");
    } finally {
      writer.shutdownNow();
      writer.awaitTermination(5, TimeUnit.SECONDS);
    }

    ProbeTimeline afterSilence = ProbeRunner.of(probe).runUntilFailure(Duration.ofSeconds(15));
    context.stop();

    assertThat(afterSilence.verdict()).as("%s", afterSilence).isEqualTo(ProbeTimeline.Verdict.FAILED);
    assertThat(afterSilence.outcomes().get(afterSilence.outcomes().size() - 1).detail())
        .contains("unchanged for").contains("(limit 2s)");
    assertThat(afterSilence.outcomes().get(0).success()).isTrue();
  }
}
