package dev.sparkapp.core.validate;

import dev.sparkapp.core.ConnectExecutorSpec;
import dev.sparkapp.core.ConnectServerSpec;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.core.SparkConnectSpec;
import dev.sparkapp.core.SparkPorts;
import dev.sparkapp.core.probe.ProbeKind;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the SparkConnect CRD cannot say, read from the operator's SparkConnect controller (v2.5.2):
 *
 * <ul>
 *   <li>names: the operator names the server pod {@code <name>-server}, the ConfigMap {@code <name>-conf}
 *       and the Service {@code <name>-server}, or {@code spec.server.service.metadata.name} when a Service
 *       is given (an empty name then, which the API server refuses);
 *   <li>ports: the server listens on {@code spark.driver.port} 7078 and {@code spark.driver.blockManager.port}
 *       7079 (the operator sets both after the user's {@code sparkConf}, so a user value is ignored),
 *       {@code spark.ui.port} (4040) and {@code spark.connect.grpc.binding.port} (15002); its Service always
 *       sends to 7078, 7079, 4040 and 15002. Two of them on one port stop the server;
 *   <li>probes: an HTTP probe of the server container on the Spark UI while {@code spark.ui.enabled=false};
 *   <li>executors: dynamic-allocation bounds as for applications, and no executor at all.
 * </ul>
 */
final class ConnectRules implements Rule {
  static final String NAME = "connect-name";
  static final String SERVICE_NAME = "connect-service-name";
  static final String PORT_COLLISION = "connect-port-collision";
  static final String SERVICE_PORT = "connect-service-port";
  static final String OPERATOR_PORT = "connect-operator-port";
  static final String UI_DISABLED = "connect-ui-disabled-probe";
  static final String NO_EXECUTORS = "connect-no-executors";

  /** What the operator appends to the SparkConnect's name for the server pod and its Service. */
  static final String SERVER_SUFFIX = "-server";
  /** The ports the operator sets after the user's sparkConf, so that the user's values are ignored. */
  private static final Map<String, Integer> OPERATOR_PORTS = Map.of(
      SparkPorts.DRIVER_PORT, SparkPorts.DEFAULT_DRIVER_PORT,
      SparkPorts.DRIVER_BLOCK_MANAGER_PORT, SparkPorts.DEFAULT_BLOCK_MANAGER_PORT);

  @Override
  public void checkConnect(SparkConnectSpec spec, FieldPath at, SparkResource owner, Findings findings) {
    checkNames(owner, spec, findings);
    Map<String, String> conf = spec.sparkConf() == null ? Map.of() : spec.sparkConf();
    Map<String, Integer> ports = checkPorts(conf, at.field("sparkConf"), findings);
    spec.server().ifPresent(server -> checkServerProbes(server, conf, ports, at.field("server"), findings));
    Optional<Integer> instances = spec.executor().flatMap(ConnectExecutorSpec::instances);
    DynamicAllocationRules.check(spec.dynamicAllocation(), instances, at, findings);
    boolean dynamic = spec.dynamicAllocation().flatMap(d -> d.enabled()).orElse(false);
    if (!dynamic && instances.filter(i -> i == 0).isPresent()) {
      findings.warning(at.field("executor").field("instances"), NO_EXECUTORS, "executor.instances is 0 and "
          + "dynamic allocation is off, so the server has no executor and every query waits forever: set "
          + "instances to 1 or more, or enable spec.dynamicAllocation");
    }
  }

  private static void checkNames(SparkResource connect, SparkConnectSpec spec, Findings findings) {
    FieldPath path = FieldPath.of("metadata", "name");
    String name = connect.name().orElse("");
    if (name.isEmpty()) {
      findings.error(path, NameRules.REQUIRED, "metadata.name is not set: give the SparkConnect a name (lower-case "
          + "letters, digits and '-', starting with a letter); the operator names its server pod and Service after it");
      return;
    }
    Optional<Service> service = spec.server().flatMap(ConnectServerSpec::service);
    if (service.isPresent()) {
      FieldPath servicePath = FieldPath.of("spec", "server", "service", "metadata", "name");
      String serviceName = Optional.ofNullable(service.get().getMetadata()).map(ObjectMeta::getName).orElse("");
      if (serviceName.isEmpty()) {
        findings.error(servicePath, SERVICE_NAME, "spec.server.service is set without a name, and the operator "
            + "names the server's Service after it, so creating the Service fails: set "
            + "spec.server.service.metadata.name, or remove spec.server.service to get '" + name + SERVER_SUFFIX + "'");
      } else if (!KubernetesNames.hasDns1035Form(serviceName) || serviceName.length() > KubernetesNames.MAX_LABEL_LENGTH) {
        findings.error(servicePath, SERVICE_NAME, "'" + serviceName + "' is not a valid Service name: use at most "
            + KubernetesNames.MAX_LABEL_LENGTH + " lower-case letters, digits and '-', starting with a letter and "
            + "ending with a letter or digit");
      }
    }
    String derived = service.isPresent() ? "server pod '" + name + SERVER_SUFFIX + "'"
        : "server pod and Service '" + name + SERVER_SUFFIX + "'";
    if (!KubernetesNames.hasDns1035Form(name)) {
      findings.error(path, NameRules.FORMAT, "'" + name + "' is not a valid name: the operator names the " + derived
          + " after it, so use lower-case letters, digits and '-', starting with a letter and ending with a letter "
          + "or digit");
    } else if (service.isEmpty() && name.length() > KubernetesNames.MAX_LABEL_LENGTH - SERVER_SUFFIX.length()) {
      findings.error(path, NAME, "'" + name + "' is " + name.length() + " characters long; the operator names the "
          + "server's Service '<name>" + SERVER_SUFFIX + "', and a Service name has at most "
          + KubernetesNames.MAX_LABEL_LENGTH + " characters: shorten the name to at most "
          + (KubernetesNames.MAX_LABEL_LENGTH - SERVER_SUFFIX.length()) + " characters, or name the Service in "
          + "spec.server.service.metadata.name");
    } else if (name.length() > KubernetesNames.MAX_LABEL_LENGTH) {
      findings.error(path, NAME, "'" + name + "' is " + name.length() + " characters long; the operator puts it in "
          + "the label sparkoperator.k8s.io/connect-name of every pod, and a label value has at most "
          + KubernetesNames.MAX_LABEL_LENGTH + " characters: shorten the name");
    }
  }

  /**
   * Checks the server's ports and returns them by setting: the driver's RPC and block manager ports as the
   * operator fixes them, the UI port (when enabled) and the gRPC port.
   */
  private static Map<String, Integer> checkPorts(Map<String, String> conf, FieldPath confPath, Findings findings) {
    OPERATOR_PORTS.forEach((key, fixed) -> {
      String set = conf.get(key);
      if (set != null && !set.trim().equals(String.valueOf(fixed))) {
        findings.warning(confPath.field(key), OPERATOR_PORT, key + " is " + set.trim() + ", but the operator passes "
            + key + "=" + fixed + " after spec.sparkConf, so the server listens on " + fixed + ": remove the setting");
      }
    });
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put(SparkPorts.DRIVER_PORT, SparkPorts.DEFAULT_DRIVER_PORT);
    ports.put(SparkPorts.DRIVER_BLOCK_MANAGER_PORT, SparkPorts.DEFAULT_BLOCK_MANAGER_PORT);
    if (SparkPorts.uiEnabled(conf)) {
      port(conf, SparkPorts.UI_PORT, SparkPorts.DEFAULT_UI_PORT).ifPresent(p -> ports.put(SparkPorts.UI_PORT, p));
    }
    port(conf, SparkPorts.CONNECT_GRPC_PORT, SparkPorts.DEFAULT_CONNECT_GRPC_PORT)
        .ifPresent(p -> ports.put(SparkPorts.CONNECT_GRPC_PORT, p));
    Map<Integer, String> owners = new LinkedHashMap<>();
    ports.forEach((key, port) -> {
      String owner = owners.putIfAbsent(port, key);
      if (owner != null) {
        findings.error(confPath.field(key), PORT_COLLISION, key + " is " + port + ", the port of " + owner
            + " on the Spark Connect server, so one of them cannot bind and the server does not start: give "
            + key + " another port (its default is " + defaultOf(key) + ")");
      }
    });
    for (String key : List.of(SparkPorts.UI_PORT, SparkPorts.CONNECT_GRPC_PORT)) {
      Integer port = ports.get(key);
      if (port != null && port != defaultOf(key)) {
        findings.warning(confPath.field(key), SERVICE_PORT, key + " is " + port + ", but the operator's Service for "
            + "the server always sends to port " + defaultOf(key) + ", so clients of the Service reach nothing: "
            + "remove the setting to keep " + defaultOf(key));
      }
    }
    return ports;
  }

  private static int defaultOf(String key) {
    return switch (key) {
      case SparkPorts.UI_PORT -> SparkPorts.DEFAULT_UI_PORT;
      case SparkPorts.CONNECT_GRPC_PORT -> SparkPorts.DEFAULT_CONNECT_GRPC_PORT;
      case SparkPorts.DRIVER_PORT -> SparkPorts.DEFAULT_DRIVER_PORT;
      default -> SparkPorts.DEFAULT_BLOCK_MANAGER_PORT;
    };
  }

  /** The port {@code key} sets, or {@code fallback}; empty when it is not a fixed port number. */
  private static Optional<Integer> port(Map<String, String> conf, String key, int fallback) {
    try {
      int port = SparkPorts.firstSet(conf, key).map(set -> Integer.parseInt(set.getValue())).orElse(fallback);
      return port > 0 ? Optional.of(port) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void checkServerProbes(ConnectServerSpec server, Map<String, String> conf,
      Map<String, Integer> ports, FieldPath at, Findings findings) {
    if (SparkPorts.uiEnabled(conf)) {
      return;
    }
    Optional<Container> container = server.serverContainer();
    if (container.isEmpty()) {
      return;
    }
    List<Container> all = server.template().orElseThrow().getSpec().getContainers();
    FieldPath containerPath = at.field("template").field("spec").field("containers").index(all.indexOf(container.get()));
    int uiPort = port(conf, SparkPorts.UI_PORT, SparkPorts.DEFAULT_UI_PORT).orElse(SparkPorts.DEFAULT_UI_PORT);
    for (ProbeKind kind : ProbeKind.values()) {
      Probe probe = kind.of(container.get());
      HTTPGetAction http = probe == null ? null : probe.getHttpGet();
      if (http == null) {
        continue;
      }
      IntOrString raw = http.getPort();
      Optional<Integer> port = ProbeRules.resolve(raw, BuiltPod.ownPorts(container.get()));
      boolean uiTarget = "spark-ui".equals(raw == null ? null : raw.getStrVal()) || port.filter(p -> p == uiPort).isPresent();
      if (uiTarget && !ports.containsValue(uiPort)) {
        findings.error(containerPath.field(kind.fieldName()).field("httpGet").field("port"), UI_DISABLED, "the probe calls "
            + "the Spark UI of the Connect server, but spec.sparkConf sets spark.ui.enabled=false, so nothing "
            + "answers and the probe always fails: enable the UI or probe the gRPC port ("
            + ports.get(SparkPorts.CONNECT_GRPC_PORT) + ") with a tcpSocket probe");
      }
    }
  }
}
