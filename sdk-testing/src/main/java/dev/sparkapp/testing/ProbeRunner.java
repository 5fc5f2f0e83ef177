package dev.sparkapp.testing;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.probe.ProbeTiming;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HTTPHeader;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.annotation.Nullable;

/**
 * Evaluates a fabric8 {@link Probe} on this machine the way the kubelet does, so that tests can prove a
 * probe passes against a healthy process and fails against a hung or stopped one.
 *
 * <ul>
 *   <li>{@code httpGet}: GET {@code http://host:port/path} with the probe's headers; status 200–399
 *       succeeds. Redirects to the same host are followed (at most 10); a redirect elsewhere counts as
 *       success, as in the kubelet. HTTPS is not supported.</li>
 *   <li>{@code tcpSocket}: succeeds when a TCP connection opens.</li>
 *   <li>{@code exec}: runs the command on this machine (in this JVM's environment, or the one given to
 *       {@link #withEnvironment}); exit code 0 succeeds. The job-progress and log-staleness presets' commands
 *       run as they are, against a local Spark driver's UI or log file.</li>
 *   <li>Each attempt fails after {@code timeoutSeconds}. Attempts start at {@code initialDelaySeconds}
 *       and then every {@code periodSeconds} (right after the previous one when it took longer), and
 *       {@code successThreshold} / {@code failureThreshold} consecutive results decide. Unset settings
 *       take the Kubernetes defaults ({@link ProbeTiming}).</li>
 * </ul>
 *
 * <pre>{@code
 * ProbeTimeline timeline = ProbeRunner.of(probe).run(Duration.ofSeconds(30));
 * assertThat(timeline.verdict()).isEqualTo(ProbeTimeline.Verdict.PASSED);
 * }</pre>
 *
 * Instances are immutable; {@code with*} methods return changed copies.
 */
public final class ProbeRunner {
  private static final int MAX_REDIRECTS = 10;
  private static final int MAX_OUTPUT = 1024;

  private final Probe probe;
  private final ProbeTiming timing;
  private final String host;
  private final Map<String, Integer> namedPorts;
  @Nullable private final Map<String, String> environment;

  private ProbeRunner(Probe probe, String host, Map<String, Integer> namedPorts,
      @Nullable Map<String, String> environment) {
    this.probe = probe;
    this.timing = ProbeTiming.of(ProbeKind.LIVENESS, probe);
    this.host = host;
    this.namedPorts = Map.copyOf(namedPorts);
    this.environment = environment == null ? null : Map.copyOf(environment);
    handlerCount(probe);
  }

  /**
   * Returns a runner for {@code probe} against {@code 127.0.0.1} (the pod IP in a pod).
   *
   * @throws UnsupportedProbeException when the probe has no handler, several, or a gRPC handler
   */
  public static ProbeRunner of(Probe probe) {
    return new ProbeRunner(Objects.requireNonNull(probe, "probe"), "127.0.0.1", Map.of(), null);
  }

  /** Returns a copy that connects to {@code host} where the probe names none. */
  public ProbeRunner withHost(String host) {
    return new ProbeRunner(probe, Objects.requireNonNull(host, "host"), namedPorts, environment);
  }

  /**
   * Returns a copy that runs exec commands with exactly {@code environment} (for example a {@code PATH}
   * holding only the tools of the container image) instead of this JVM's environment.
   */
  public ProbeRunner withEnvironment(Map<String, String> environment) {
    return new ProbeRunner(probe, host, namedPorts, Objects.requireNonNull(environment, "environment"));
  }

  /** Returns a copy that resolves the container port named {@code name} to {@code port}. */
  public ProbeRunner withNamedPort(String name, int port) {
    Map<String, Integer> ports = new HashMap<>(namedPorts);
    ports.put(Objects.requireNonNull(name, "name"), port);
    return new ProbeRunner(probe, host, ports, environment);
  }

  private static void handlerCount(Probe probe) {
    int handlers = (probe.getHttpGet() != null ? 1 : 0) + (probe.getTcpSocket() != null ? 1 : 0)
        + (probe.getExec() != null ? 1 : 0) + (probe.getGrpc() != null ? 1 : 0);
    if (handlers != 1) {
      throw new UnsupportedProbeException("a probe needs exactly one handler (httpGet, tcpSocket, exec or grpc), "
          + "this one has " + handlers);
    }
    if (probe.getGrpc() != null) {
      throw new UnsupportedProbeException("the probe runner does not implement grpc probes; use httpGet, "
          + "tcpSocket or exec");
    }
    if (probe.getHttpGet() != null && "HTTPS".equalsIgnoreCase(probe.getHttpGet().getScheme())) {
      throw new UnsupportedProbeException("the probe runner does not implement HTTPS probes; use scheme HTTP");
    }
  }

  /**
   * Probes on the kubelet's schedule until a threshold decides or {@code maxDuration} has passed (an
   * attempt under way then still completes), and returns every attempt with the verdict.
   */
  public ProbeTimeline run(Duration maxDuration) {
    return run(maxDuration, true);
  }

  /**
   * Probes on the kubelet's schedule, as the kubelet keeps doing for a liveness probe, until {@code
   * failureThreshold} consecutive failures (verdict {@code FAILED}) or {@code maxDuration} has passed;
   * then the verdict is {@code PASSED} when the last {@code successThreshold} attempts succeeded and
   * {@code UNDECIDED} otherwise. Use it to watch a healthy process go bad.
   */
  public ProbeTimeline runUntilFailure(Duration maxDuration) {
    return run(maxDuration, false);
  }

  private ProbeTimeline run(Duration maxDuration, boolean stopOnPass) {
    long start = System.nanoTime();
    long deadline = start + maxDuration.toNanos();
    List<ProbeOutcome> outcomes = new ArrayList<>();
    int successes = 0;
    int failures = 0;
    Duration passedAt = Duration.ZERO;
    long next = start + timing.initialDelay().toNanos();
    while (next <= deadline) {
      sleepUntil(next);
      ProbeOutcome outcome = attempt(Duration.ofNanos(System.nanoTime() - start));
      outcomes.add(outcome);
      successes = outcome.success() ? successes + 1 : 0;
      failures = outcome.success() ? 0 : failures + 1;
      Duration end = outcome.at().plus(outcome.took());
      if (successes == timing.successThreshold()) {
        passedAt = end;
        if (stopOnPass) {
          return new ProbeTimeline(outcomes, ProbeTimeline.Verdict.PASSED, end);
        }
      }
      if (failures >= timing.failureThreshold()) {
        return new ProbeTimeline(outcomes, ProbeTimeline.Verdict.FAILED, end);
      }
      next = Math.max(next + timing.period().toNanos(), System.nanoTime());
    }
    return successes >= timing.successThreshold()
        ? new ProbeTimeline(outcomes, ProbeTimeline.Verdict.PASSED, passedAt)
        : new ProbeTimeline(outcomes, ProbeTimeline.Verdict.UNDECIDED, Duration.ZERO);
  }

  /** Makes one attempt now, with the probe's timeout. */
  public ProbeOutcome probeOnce() {
    return attempt(Duration.ZERO);
  }

  private ProbeOutcome attempt(Duration at) {
    long begin = System.nanoTime();
    Result result;
    try {
      if (probe.getHttpGet() != null) {
        result = httpGet(probe.getHttpGet());
      } else if (probe.getTcpSocket() != null) {
        String target = probe.getTcpSocket().getHost() == null ? host : probe.getTcpSocket().getHost();
        result = tcp(target, port(probe.getTcpSocket().getPort()));
      } else {
        result = exec(probe.getExec().getCommand());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      result = new Result(false, "interrupted");
    }
    return new ProbeOutcome(at, Duration.ofNanos(System.nanoTime() - begin), result.success, result.detail);
  }

  private record Result(boolean success, String detail) {}

  private int port(IntOrString port) {
    if (port == null) {
      throw new UnsupportedProbeException("the probe has no port");
    }
    if (port.getIntVal() != null) {
      return port.getIntVal();
    }
    Integer named = namedPorts.get(port.getStrVal());
    if (named == null) {
      throw new UnsupportedProbeException("the probe uses the named port '" + port.getStrVal()
          + "'; tell the runner its number with withNamedPort(\"" + port.getStrVal() + "\", ...)");
    }
    return named;
  }

  private Result tcp(String target, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(target, port), (int) timing.timeout().toMillis());
      return new Result(true, "connected to " + target + ":" + port);
    } catch (IOException e) {
      return new Result(false, "cannot connect to " + target + ":" + port + ": " + e.getMessage());
    }
  }

  private Result httpGet(HTTPGetAction action) throws InterruptedException {
    String target = action.getHost() == null || action.getHost().isEmpty() ? host : action.getHost();
    String path = action.getPath() == null || action.getPath().isEmpty() ? "/" : action.getPath();
    URI uri = URI.create("http://" + target + ":" + port(action.getPort())).resolve(path.startsWith("/") ? path : "/" + path);
    HttpClient client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(timing.timeout())
        .build();
    long deadline = System.nanoTime() + timing.timeout().toNanos();
    for (int redirects = 0; ; redirects++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
          .timeout(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
          .header("User-Agent", "kube-probe/1.33").header("Accept", "*/*");
      if (action.getHttpHeaders() != null) {
        for (HTTPHeader header : action.getHttpHeaders()) {
          request.setHeader(header.getName(), header.getValue());
        }
      }
      HttpResponse<Void> response;
      try {
        response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
      } catch (IOException e) {
        return new Result(false, "GET " + uri + " failed: " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      }
      int status = response.statusCode();
      String location = response.headers().firstValue("Location").orElse(null);
      if (status >= 300 && status < 400 && location != null) {
        URI next = uri.resolve(location);
        if (!Objects.equals(next.getHost(), uri.getHost()) || redirects >= MAX_REDIRECTS) {
          return new Result(true, "GET " + uri + " -> " + status + ", redirect to " + next + " not followed");
        }
        uri = next;
        continue;
      }
      return new Result(status >= 200 && status < 400, "GET " + uri + " -> " + status);
    }
  }

  private Result exec(List<String> command) throws InterruptedException {
    if (command == null || command.isEmpty()) {
      return new Result(false, "exec probe without a command");
    }
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      if (environment != null) {
        builder.environment().clear();
        builder.environment().putAll(environment);
      }
      process = builder.start();
    } catch (IOException e) {
      return new Result(false, "cannot start " + command.get(0) + ": " + e.getMessage());
    }
    CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    if (!process.waitFor(timing.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      return new Result(false, "command timed out after " + timing.timeout().toSeconds() + "s");
    }
    String text = output.join().trim();
    int exit = process.exitValue();
    return new Result(exit == 0, "exit " + exit + (text.isEmpty() ? "" : ": " + text));
  }

  private static String read(InputStream in) {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    byte[] buffer = new byte[512];
    try (in) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        kept.write(buffer, 0, Math.min(n, Math.max(0, MAX_OUTPUT - kept.size())));
      }
    } catch (IOException e) {
      // the process ended or was killed; keep what was read
    }
    return kept.toString(StandardCharsets.UTF_8);
  }

  private static void sleepUntil(long nanoTime) {
    long wait = nanoTime - System.nanoTime();
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
