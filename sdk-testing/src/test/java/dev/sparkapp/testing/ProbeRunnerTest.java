package dev.sparkapp.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProbeRunnerTest {
  private HttpServer server;
  private int port;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ok", exchange -> {
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.createContext("/broken", exchange -> {
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    server.createContext("/moved", exchange -> {
      exchange.getResponseHeaders().add("Location", "/broken");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.createContext("/away", exchange -> {
      exchange.getResponseHeaders().add("Location", "http://example.invalid/");
      exchange.sendResponseHeaders(301, -1);
      exchange.close();
    });
    server.createContext("/header", exchange -> {
      String value = exchange.getRequestHeaders().getFirst("X-Probe");
      exchange.sendResponseHeaders("yes".equals(value) ? 204 : 403, -1);
      exchange.close();
    });
    server.createContext("/slow", exchange -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.start();
    port = server.getAddress().getPort();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private ProbeBuilder http(String path) {
    return new ProbeBuilder().withNewHttpGet().withPath(path).withPort(new IntOrString(port)).endHttpGet()
        .withPeriodSeconds(1).withTimeoutSeconds(1).withFailureThreshold(1);
  }

  @Test
  void httpStatus200Succeeds() {
    ProbeOutcome outcome = ProbeRunner.of(http("/ok").build()).probeOnce();

    assertThat(outcome.success()).isTrue();
    assertThat(outcome.detail()).endsWith("/ok -> 200");
  }

  @Test
  void httpStatus500Fails() {
    assertThat(ProbeRunner.of(http("/broken").build()).probeOnce().success()).isFalse();
  }

  @Test
  void followsSameHostRedirectsAndJudgesTheFinalStatus() {
    ProbeOutcome outcome = ProbeRunner.of(http("/moved").build()).probeOnce();

    assertThat(outcome.success()).isFalse();
    assertThat(outcome.detail()).endsWith("/broken -> 500");
  }

  @Test
  void redirectToAnotherHostCountsAsSuccessLikeTheKubelet() {
    ProbeOutcome outcome = ProbeRunner.of(http("/away").build()).probeOnce();

    assertThat(outcome.success()).isTrue();
    assertThat(outcome.detail()).contains("not followed");
  }

  @Test
  void sendsTheProbesHttpHeaders() {
    Probe probe = http("/header").editHttpGet().addNewHttpHeader("X-Probe", "yes").endHttpGet().build();

    assertThat(ProbeRunner.of(probe).probeOnce().success()).isTrue();
    assertThat(ProbeRunner.of(http("/header").build()).probeOnce().success()).isFalse();
  }

  @Test
  void httpAttemptFailsAfterTheTimeout() {
    ProbeOutcome outcome = ProbeRunner.of(http("/slow").build()).probeOnce();

    assertThat(outcome.success()).isFalse();
    assertThat(outcome.took()).isLessThan(Duration.ofMillis(2500));
  }

  @Test
  void tcpSucceedsOnAnOpenPortAndFailsOnAClosedOne() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Probe open = new ProbeBuilder().withNewTcpSocket().withPort(new IntOrString(port)).endTcpSocket().build();
    Probe shut = new ProbeBuilder().withNewTcpSocket().withPort(new IntOrString(closed)).endTcpSocket().build();

    assertThat(ProbeRunner.of(open).probeOnce().success()).isTrue();
    assertThat(ProbeRunner.of(shut).probeOnce().detail()).startsWith("cannot connect to 127.0.0.1:" + closed);
  }

  @Test
  void resolvesNamedPortsItWasTold() {
    Probe probe = new ProbeBuilder().withNewTcpSocket().withPort(new IntOrString("spark-ui")).endTcpSocket().build();

    assertThat(ProbeRunner.of(probe).withNamedPort("spark-ui", port).probeOnce().success()).isTrue();
    assertThatThrownBy(() -> ProbeRunner.of(probe).probeOnce())
        .isInstanceOf(UnsupportedProbeException.class).hasMessageContaining("withNamedPort(\"spark-ui\"");
  }

  @Test
  void execSucceedsOnExitZeroAndReportsOutputOtherwise() {
    Probe ok = exec("exit 0");
    Probe failing = exec("echo stale; exit 3");

    assertThat(ProbeRunner.of(ok).probeOnce().success()).isTrue();
    ProbeOutcome outcome = ProbeRunner.of(failing).probeOnce();
    assertThat(outcome.success()).isFalse();
    assertThat(outcome.detail()).isEqualTo("exit 3: stale");
  }

  @Test
  void execRunsInTheGivenEnvironmentOnly() {
    Probe probe = exec("[ \"$(printenv IMAGE_TOOLS)\" = only ] && [ -z \"$(printenv HOME)\" ]");

    assertThat(ProbeRunner.of(probe).withEnvironment(java.util.Map.of("IMAGE_TOOLS", "only", "PATH", "/usr/bin:/bin"))
        .probeOnce().success()).isTrue();
    assertThat(ProbeRunner.of(probe).probeOnce().success()).isFalse();
  }

  @Test
  void execFailsWhenTheCommandOutlivesTheTimeout() {
    ProbeOutcome outcome = ProbeRunner.of(exec("sleep 5")).probeOnce();

    assertThat(outcome.success()).isFalse();
    assertThat(outcome.detail()).isEqualTo("command timed out after 1s");
    assertThat(outcome.took()).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void failsAfterFailureThresholdConsecutiveFailuresOnePeriodApart() {
    Probe probe = http("/broken").withFailureThreshold(2).build();

    ProbeTimeline timeline = ProbeRunner.of(probe).run(Duration.ofSeconds(10));

    assertThat(timeline.verdict()).isEqualTo(ProbeTimeline.Verdict.FAILED);
    assertThat(timeline.outcomes()).hasSize(2);
    Duration gap = timeline.outcomes().get(1).at().minus(timeline.outcomes().get(0).at());
    assertThat(gap).isBetween(Duration.ofMillis(900), Duration.ofMillis(1500));
  }

  @Test
  void passesAfterSuccessThresholdConsecutiveSuccesses() {
    Probe probe = http("/ok").withSuccessThreshold(2).build();

    ProbeTimeline timeline = ProbeRunner.of(probe).run(Duration.ofSeconds(10));

    assertThat(timeline.verdict()).isEqualTo(ProbeTimeline.Verdict.PASSED);
    assertThat(timeline.outcomes()).hasSize(2).allMatch(ProbeOutcome::success);
    assertThat(timeline.decidedAt()).isPresent();
  }

  @Test
  void waitsForTheInitialDelayBeforeTheFirstAttempt() {
    Probe probe = http("/ok").withInitialDelaySeconds(1).build();

    ProbeTimeline timeline = ProbeRunner.of(probe).run(Duration.ofSeconds(5));

    assertThat(timeline.outcomes().get(0).at()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void isUndecidedWhenTheRunEndsBeforeAThreshold() {
    Probe probe = http("/broken").withFailureThreshold(10).build();

    ProbeTimeline timeline = ProbeRunner.of(probe).run(Duration.ofMillis(1500));

    assertThat(timeline.verdict()).isEqualTo(ProbeTimeline.Verdict.UNDECIDED);
    assertThat(timeline.decidedAt()).isEmpty();
    assertThat(timeline.outcomes()).hasSize(2);
  }

  @Test
  void rejectsProbesWithoutExactlyOneHandler() {
    assertThatThrownBy(() -> ProbeRunner.of(new Probe()))
        .isInstanceOf(UnsupportedProbeException.class).hasMessageContaining("exactly one handler");
    Probe grpc = new ProbeBuilder().withNewGrpc().withPort(9000).endGrpc().build();
    assertThatThrownBy(() -> ProbeRunner.of(grpc))
        .isInstanceOf(UnsupportedProbeException.class).hasMessageContaining("grpc");
  }

  private static Probe exec(String script) {
    return new ProbeBuilder().withNewExec().withCommand(List.of("/bin/sh", "-c", script)).endExec()
        .withTimeoutSeconds(1).build();
  }

  @Test
  void runUntilFailureKeepsProbingThroughSuccessesUntilTheProcessGoesBad() throws Exception {
    Path flag = Files.createTempFile("healthy", ".flag");
    Probe probe = new ProbeBuilder().withNewExec().withCommand("/bin/sh", "-c", "test -f " + flag).endExec()
        .withPeriodSeconds(1).withTimeoutSeconds(1).withFailureThreshold(2).build();
    Thread breaker = new Thread(() -> {
      try {
        Thread.sleep(1500);
        Files.delete(flag);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    breaker.start();

    ProbeTimeline timeline = ProbeRunner.of(probe).runUntilFailure(Duration.ofSeconds(10));
    breaker.join();

    assertThat(timeline.verdict()).isEqualTo(ProbeTimeline.Verdict.FAILED);
    assertThat(timeline.outcomes()).extracting(ProbeOutcome::success).startsWith(true, true).endsWith(false, false);
  }

  @Test
  void runUntilFailurePassesWhenTheProcessStaysHealthy() {
    ProbeTimeline timeline = ProbeRunner.of(http("/ok").build()).runUntilFailure(Duration.ofMillis(1500));

    assertThat(timeline.verdict()).isEqualTo(ProbeTimeline.Verdict.PASSED);
    assertThat(timeline.outcomes()).hasSize(2);
  }
}
