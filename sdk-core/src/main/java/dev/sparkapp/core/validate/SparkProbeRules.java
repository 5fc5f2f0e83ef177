package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPodSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Probes that Kubernetes accepts but that cannot work against Spark: an HTTP probe on the UI while
 * {@code spark.ui.enabled=false} or on a port that is not {@code spark.ui.port}, a TCP probe on a port
 * Spark does not pin, and a probe in a template container that is not the Spark container.
 */
final class SparkProbeRules implements Rule {
  static final String UI_DISABLED = "spark-ui-disabled-probe";
  static final String HTTP_PORT = "spark-http-probe-port";
  static final String TCP_PORT = "spark-unpinned-tcp-probe";
  static final String CONTAINER = "spark-probe-container";

  @Override
  public void checkPod(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod, FieldPath at, Findings findings) {
    BuiltPod built = findings.builtPod(spec, role, pod);
    Optional<Container> spark = built.sparkContainer();
    String sparkName = built.sparkContainerName();
    for (PodContainers.Declared declared : PodContainers.of(pod, at)) {
      if (!declared.inTemplate() || declared.init()) {
        continue;
      }
      Container container = declared.container();
      for (ProbeKind kind : ProbeKind.values()) {
        Probe probe = kind.of(container);
        if (probe == null) {
          continue;
        }
        FieldPath path = declared.path().field(kind.fieldName());
        boolean inSpark = spark.isPresent() && spark.get() == container;
        if (!inSpark) {
          findings.warning(path, CONTAINER, "the probe is in container '" + declared.name() + "', but Spark runs the "
              + role.specField() + " in the container named '" + sparkName + "' (or, when there is none, the first "
              + "template container): name the container '" + sparkName + "' so that the probe checks Spark");
        } else if (!built.webhookReachesSparkContainer()) {
          findings.warning(path, CONTAINER, "Spark runs the " + role.specField() + " in '" + declared.name()
              + "', the first template container, but the operator's webhook looks for '" + sparkName + "' and adds "
              + "env, volume mounts and ports to another container: name this container '" + sparkName + "'");
        }
        if (inSpark) {
          FieldPath sparkConf = at.parent().orElseThrow().field("sparkConf");
          checkSparkContainerProbe(spec, role, built, declared, probe, path, sparkConf, findings);
        }
      }
    }
  }

  private static void checkSparkContainerProbe(SparkApplicationSpec spec, SparkPod role, BuiltPod built,
      PodContainers.Declared declared, Probe probe, FieldPath path, FieldPath sparkConf, Findings findings) {
    Map<String, Integer> named = built.listeningPorts();
    Map<String, Integer> all = built.portsOf(declared);
    Set<Integer> served = new HashSet<>(BuiltPod.ownPorts(declared.container()).values());
    served.addAll(named.values());
    if (probe.getHttpGet() != null) {
      IntOrString raw = probe.getHttpGet().getPort();
      FieldPath portPath = path.field("httpGet").field("port");
      Optional<Integer> port = ProbeRules.resolve(raw, all);
      boolean uiTarget = "spark-ui".equals(raw == null ? null : raw.getStrVal())
          || port.filter(p -> p == BuiltPod.uiPort(spec)).isPresent();
      if (role == SparkPod.DRIVER && uiTarget && !BuiltPod.uiEnabled(spec)) {
        findings.error(portPath, UI_DISABLED, "the probe calls the Spark UI, but " + sparkConf + " sets "
            + "spark.ui.enabled=false, so nothing answers and the probe always fails: enable the UI or probe "
            + "something else (an exec or tcpSocket probe)");
      } else if (port.isPresent() && !served.contains(port.get())) {
        findings.warning(portPath, HTTP_PORT, role == SparkPod.DRIVER
            ? "port " + port.get() + " is not spark.ui.port (" + BuiltPod.uiPort(spec) + ") nor a declared port "
                + "of the driver container, so the probe will fail: use " + BuiltPod.uiPort(spec)
                + " or declare the port that serves it"
            : "port " + port.get() + " is not a declared port of the executor container and executors serve no "
                + "Spark UI, so the probe will fail: declare the port that serves it or use an exec probe");
      }
    }
    if (probe.getTcpSocket() != null) {
      Optional<Integer> port = ProbeRules.resolve(probe.getTcpSocket().getPort(), all);
      if (port.isPresent() && !served.contains(port.get())) {
        findings.warning(path.field("tcpSocket").field("port"), TCP_PORT, "Spark does not pin port " + port.get()
            + " in the " + role.specField() + " container (it pins " + describe(named) + "), so the probe may check "
            + "nothing: use one of those ports or pin this one in " + sparkConf);
      }
    }
  }

  private static String describe(Map<String, Integer> ports) {
    StringBuilder text = new StringBuilder();
    ports.forEach((name, number) -> text.append(text.length() == 0 ? "" : ", ").append(number).append(" (").append(name).append(')'));
    return text.length() == 0 ? "no port" : text.toString();
  }
}
