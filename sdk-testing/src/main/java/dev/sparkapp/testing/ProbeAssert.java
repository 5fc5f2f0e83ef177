package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.probe.ProbeTiming;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import java.time.Duration;
import java.util.List;

/**
 * Assertions on a Kubernetes {@link Probe}: its handler ({@code httpGet}, {@code tcpSocket}, {@code
 * exec}), its timing fields, or its absence. Reached with {@code SparkAssertions.assertThat(probe)} or
 * by navigating, as in {@code assertThat(app).driver().livenessProbe().isHttpGet(4040, "/healthz")}.
 *
 * <p>Timing checks compare the manifest's fields as written: a field left unset fails even when the
 * Kubernetes default would equal the expected value.
 */
public class ProbeAssert extends AbstractSparkAssert<ProbeAssert, Probe> {

  /**
   * Creates an assertion on {@code actual}; prefer {@code SparkAssertions.assertThat(probe)}.
   *
   * @param actual the probe under test, or {@code null} for a probe that is not set
   */
  public ProbeAssert(Probe actual) {
    super(actual, ProbeAssert.class);
  }

  /**
   * Checks that the probe is an HTTP GET on {@code port} (a number, not a port name) and {@code path}.
   *
   * @return this assertion
   */
  public ProbeAssert isHttpGet(int port, String path) {
    hasHandler("httpGet");
    FieldPath httpGet = path().field("httpGet");
    hasFieldValue(httpGet.field("port"), probe -> portOf(probe.getHttpGet().getPort()), port);
    return hasFieldValue(httpGet.field("path"), probe -> probe.getHttpGet().getPath(), path);
  }

  /**
   * Checks that the probe opens a TCP connection to {@code port} (a number, not a port name).
   *
   * @return this assertion
   */
  public ProbeAssert isTcpSocket(int port) {
    hasHandler("tcpSocket");
    return hasFieldValue(path().field("tcpSocket").field("port"),
        probe -> portOf(probe.getTcpSocket().getPort()), port);
  }

  /**
   * Checks that the probe runs a command in the container.
   *
   * @return this assertion
   */
  public ProbeAssert isExec() {
    return hasHandler("exec");
  }

  /**
   * Checks that the probe runs a command whose words, joined by single spaces, contain {@code text}.
   * For {@code ["sh", "-c", "test -f /tmp/alive"]} both {@code "test -f"} and {@code "-c test"} match.
   *
   * @return this assertion
   */
  public ProbeAssert execCommandContains(String text) {
    hasHandler("exec");
    FieldPath command = path().field("exec").field("command");
    List<String> words = actual.getExec().getCommand();
    if (words == null || words.isEmpty()) {
      throw notSetFailure(command, "to contain", text);
    }
    if (!String.join(" ", words).contains(text)) {
      throw fieldFailure(command, "to contain", text, words);
    }
    return myself;
  }

  /**
   * Checks {@code initialDelaySeconds}.
   *
   * @return this assertion
   */
  public ProbeAssert hasInitialDelaySeconds(int seconds) {
    return hasFieldValue(path().field("initialDelaySeconds"), Probe::getInitialDelaySeconds, seconds);
  }

  /**
   * Checks {@code periodSeconds}.
   *
   * @return this assertion
   */
  public ProbeAssert hasPeriodSeconds(int seconds) {
    return hasFieldValue(path().field("periodSeconds"), Probe::getPeriodSeconds, seconds);
  }

  /**
   * Checks {@code timeoutSeconds}.
   *
   * @return this assertion
   */
  public ProbeAssert hasTimeoutSeconds(int seconds) {
    return hasFieldValue(path().field("timeoutSeconds"), Probe::getTimeoutSeconds, seconds);
  }

  /**
   * Checks {@code failureThreshold}.
   *
   * @return this assertion
   */
  public ProbeAssert hasFailureThreshold(int threshold) {
    return hasFieldValue(path().field("failureThreshold"), Probe::getFailureThreshold, threshold);
  }

  /**
   * Checks {@code successThreshold}.
   *
   * @return this assertion
   */
  public ProbeAssert hasSuccessThreshold(int threshold) {
    return hasFieldValue(path().field("successThreshold"), Probe::getSuccessThreshold, threshold);
  }

  /**
   * Checks that the probe notices a hung process within {@code limit} in the worst case: the preset's
   * allowance (log staleness: {@code maxAge + 1s}; job progress: {@code stall + periodSeconds}; none for
   * other probes) plus {@code periodSeconds + (failureThreshold - 1) * max(periodSeconds, timeoutSeconds) +
   * timeoutSeconds}, with the Kubernetes defaults for unset fields (the arithmetic of {@code ProbeTiming} and
   * {@code sparkapp explain}).
   *
   * @return this assertion
   */
  public ProbeAssert detectsHangWithin(Duration limit) {
    Plain expected = new Plain(seconds(limit));
    Duration worstCase = ProbeTiming.of(present(path(), "to detect a hang within", expected)).worstCaseDetection();
    if (worstCase.compareTo(limit) > 0) {
      throw fieldFailure(path(), "to detect a hang within", expected,
          new Plain(seconds(worstCase) + " in the worst case"));
    }
    return myself;
  }

  /**
   * Checks that no probe is set here.
   *
   * @return this assertion
   */
  public ProbeAssert isNotPresent() {
    if (actual != null) {
      throw failureWithActualExpected(actual, null, "%nExpecting %s not to be set%nbut was:%n  %s",
          path(), describe(actual));
    }
    return myself;
  }

  /**
   * Checks that the probe equals {@code expected}, described as {@code what} ("the preset 'spark-ui'");
   * the failure prints both as one line each: handler, target and timing fields.
   */
  ProbeAssert isProbe(Probe expected, Plain what) {
    Plain expectedText = new Plain(what + ": " + summary(expected));
    Probe probe = present(path(), "to be", expectedText);
    if (!expected.equals(probe)) {
      throw fieldFailure(path(), "to be", expectedText, new Plain(summary(probe)));
    }
    return myself;
  }

  /** {@link #describe(Probe)} with the timing fields, unset ones as {@code -}. */
  private String summary(Probe probe) {
    return describe(probe) + ", initialDelaySeconds " + orDash(probe.getInitialDelaySeconds())
        + ", periodSeconds " + orDash(probe.getPeriodSeconds()) + ", timeoutSeconds " + orDash(probe.getTimeoutSeconds())
        + ", failureThreshold " + orDash(probe.getFailureThreshold())
        + ", successThreshold " + orDash(probe.getSuccessThreshold());
  }

  private static String orDash(Integer value) {
    return value == null ? "-" : value.toString();
  }

  private ProbeAssert hasHandler(String handler) {
    Plain expected = new Plain(kindOf(handler));
    Probe probe = present(path(), "to be", expected);
    String found = handlerOf(probe);
    if (!handler.equals(found)) {
      throw fieldFailure(path(), "to be", expected, new Plain(kindOf(found)));
    }
    return myself;
  }

  /** The name of the probe's handler field, or {@code null} when it has none. */
  private static String handlerOf(Probe probe) {
    if (probe.getHttpGet() != null) {
      return "httpGet";
    }
    if (probe.getTcpSocket() != null) {
      return "tcpSocket";
    }
    if (probe.getExec() != null) {
      return "exec";
    }
    return probe.getGrpc() != null ? "grpc" : null;
  }

  /** "an httpGet probe", "a tcpSocket probe", ... or "a probe without a handler" for {@code null}. */
  private static String kindOf(String handler) {
    if (handler == null) {
      return "a probe without a handler";
    }
    return (handler.equals("httpGet") || handler.equals("exec") ? "an " : "a ") + handler + " probe";
  }

  /** A duration as whole seconds ({@code 32s}) when it is whole, else as ISO-8601. */
  private static String seconds(Duration duration) {
    return duration.toNanosPart() == 0 && duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toString();
  }

  /** The number of a numeric port, or the name of a named one. */
  private static Object portOf(IntOrString port) {
    if (port == null) {
      return null;
    }
    return port.getIntVal() != null ? port.getIntVal() : port.getStrVal();
  }

  /** A one-line summary of a probe for failure messages: handler and target. */
  private Plain describe(Probe probe) {
    String handler = handlerOf(probe);
    if (handler == null) {
      return new Plain(kindOf(null));
    }
    String target = switch (handler) {
      case "httpGet" -> "port " + render(portOf(probe.getHttpGet().getPort()))
          + " path " + render(probe.getHttpGet().getPath());
      case "tcpSocket" -> "port " + render(portOf(probe.getTcpSocket().getPort()));
      case "exec" -> render(probe.getExec().getCommand());
      default -> "port " + render(probe.getGrpc().getPort());
    };
    return new Plain(kindOf(handler) + ", " + target);
  }
}
