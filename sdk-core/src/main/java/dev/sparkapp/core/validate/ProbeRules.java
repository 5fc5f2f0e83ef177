package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPodSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checks the Kubernetes API server applies to container probes ({@code validateProbe} and
 * {@code validateHandler}): exactly one handler, successThreshold 1 for liveness and startup probes, no
 * negative timings, ports 1-65535 or a named port of the container, and no probes on plain init
 * containers.
 */
final class ProbeRules implements Rule {
  static final String HANDLER = "probe-handler";
  static final String SUCCESS_THRESHOLD = "probe-success-threshold";
  static final String TIMING = "probe-timing";
  static final String PORT = "probe-port";
  static final String NAMED_PORT = "probe-named-port";
  static final String INIT_CONTAINER = "probe-init-container";

  @Override
  public void checkPod(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod, FieldPath at, Findings findings) {
    BuiltPod built = findings.builtPod(spec, role, pod);
    for (PodContainers.Declared declared : PodContainers.of(pod, at)) {
      Container container = declared.container();
      Map<String, Integer> ports = built.portsOf(declared);
      for (ProbeKind kind : ProbeKind.values()) {
        Probe probe = kind.of(container);
        if (probe == null) {
          continue;
        }
        FieldPath path = declared.path().field(kind.fieldName());
        if (declared.init() && !"Always".equals(container.getRestartPolicy())) {
          findings.error(path, INIT_CONTAINER, "an init container may not have a " + kind.fieldName()
              + " unless its restartPolicy is Always (a sidecar): remove the probe or set restartPolicy: Always");
          continue;
        }
        checkProbe(kind, probe, path, declared.name(), ports, findings);
      }
    }
  }

  static void checkProbe(ProbeKind kind, Probe probe, FieldPath path, String container, Map<String, Integer> ports, Findings findings) {
    List<String> handlers = new ArrayList<>();
    if (probe.getExec() != null) {
      handlers.add("exec");
      List<String> command = probe.getExec().getCommand();
      if (command == null || command.isEmpty()) {
        findings.error(path.field("exec").field("command"), HANDLER,
            "exec.command is empty: give the command to run, for example [\"cat\", \"/tmp/healthy\"]");
      }
    }
    if (probe.getHttpGet() != null) {
      handlers.add("httpGet");
      checkPort(probe.getHttpGet().getPort(), path.field("httpGet").field("port"), container, ports, findings);
    }
    if (probe.getTcpSocket() != null) {
      handlers.add("tcpSocket");
      checkPort(probe.getTcpSocket().getPort(), path.field("tcpSocket").field("port"), container, ports, findings);
    }
    if (probe.getGrpc() != null) {
      handlers.add("grpc");
      Integer port = probe.getGrpc().getPort();
      if (port == null || port < 1 || port > 65535) {
        findings.error(path.field("grpc").field("port"), PORT,
            "grpc.port must be a number from 1 to 65535, got " + port);
      }
    }
    if (handlers.isEmpty()) {
      findings.error(path, HANDLER,
          "no handler is set: give exactly one of exec, httpGet, tcpSocket or grpc");
    } else if (handlers.size() > 1) {
      findings.error(path, HANDLER, "has " + String.join(" and ", handlers)
          + " handlers: the API server accepts exactly one, keep one of them");
    }
    Integer success = probe.getSuccessThreshold();
    if (kind != ProbeKind.READINESS && success != null && success != 0 && success != 1) {
      findings.error(path.field("successThreshold"), SUCCESS_THRESHOLD, kind.fieldName()
          + " successThreshold must be 1, got " + success + ": the API server accepts no other value for "
          + "liveness and startup probes; remove it or set it to 1");
    } else {
      nonNegative(success, "successThreshold", 1, path, findings);
    }
    nonNegative(probe.getInitialDelaySeconds(), "initialDelaySeconds", 0, path, findings);
    nonNegative(probe.getTimeoutSeconds(), "timeoutSeconds", 1, path, findings);
    nonNegative(probe.getPeriodSeconds(), "periodSeconds", 10, path, findings);
    nonNegative(probe.getFailureThreshold(), "failureThreshold", 3, path, findings);
    Long grace = probe.getTerminationGracePeriodSeconds();
    if (grace != null && kind == ProbeKind.READINESS) {
      findings.error(path.field("terminationGracePeriodSeconds"), TIMING,
          "terminationGracePeriodSeconds may not be set on a readinessProbe: remove it");
    } else if (grace != null && grace <= 0) {
      findings.error(path.field("terminationGracePeriodSeconds"), TIMING,
          "terminationGracePeriodSeconds must be at least 1, got " + grace + ": remove it to use the pod's value");
    }
  }

  private static void nonNegative(Integer value, String field, int fallback, FieldPath path, Findings findings) {
    if (value != null && value < 0) {
      findings.error(path.field(field), TIMING, field + " must be positive, got " + value
          + ": set it to 1 or more, or remove it to use the default " + fallback);
    }
  }

  private static void checkPort(IntOrString port, FieldPath path, String container, Map<String, Integer> ports, Findings findings) {
    if (port == null || (port.getIntVal() == null && port.getStrVal() == null)) {
      findings.error(path, PORT, "port is not set: give a number from 1 to 65535 or the name of a container port");
    } else if (port.getIntVal() != null) {
      int number = port.getIntVal();
      if (number < 1 || number > 65535) {
        findings.error(path, PORT, "port " + number + " is out of range: give a number from 1 to 65535 "
            + "or the name of a container port");
      }
    } else {
      String name = port.getStrVal();
      if (!KubernetesNames.isIanaSvcName(name)) {
        findings.error(path, PORT, "'" + name + "' is not a valid port name (" + KubernetesNames.IANA_SVC_NAME_FORMAT
            + "): give a number from 1 to 65535 or the name of a container port");
      } else if (!ports.containsKey(name)) {
        findings.error(path, NAMED_PORT, "container '" + container + "' has no port named '" + name + "'"
            + (ports.isEmpty() ? "" : " (it has " + String.join(", ", ports.keySet()) + ")")
            + ": add the port to the container's ports or give the port number");
      }
    }
  }

  /** Resolves a probe port to a number through {@code ports}; empty when it cannot be resolved. */
  static Optional<Integer> resolve(IntOrString port, Map<String, Integer> ports) {
    if (port == null) {
      return Optional.empty();
    }
    if (port.getIntVal() != null) {
      return Optional.of(port.getIntVal());
    }
    return Optional.ofNullable(port.getStrVal()).map(ports::get);
  }
}
