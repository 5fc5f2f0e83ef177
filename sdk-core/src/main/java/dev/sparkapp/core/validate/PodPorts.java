package dev.sparkapp.core.validate;

import dev.sparkapp.core.MonitoringSpec;
import dev.sparkapp.core.Port;
import dev.sparkapp.core.PrometheusSpec;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPodSpec;
import dev.sparkapp.core.SparkPorts;
import dev.sparkapp.core.probe.SparkPod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ports that Spark and the operator add to the Spark container, by name, as Spark on Kubernetes
 * pins them: the driver's RPC port ({@code spark.driver.port}, default 7078), the block manager port
 * (default 7079), the UI port ({@code spark.ui.port}, default 4040, unless {@code spark.ui.enabled=false}),
 * the ports of {@code spec.driver.ports}/{@code spec.executor.ports} and the Prometheus exporter port.
 */
final class PodPorts {
  static final int DEFAULT_PROMETHEUS_PORT = 8090;
  static final String DEFAULT_PROMETHEUS_PORT_NAME = "jmx-exporter";

  private PodPorts() {}

  /** Returns {@code false} when {@code sparkConf} sets {@code spark.ui.enabled=false}. */
  static boolean uiEnabled(SparkApplicationSpec spec) {
    return SparkPorts.uiEnabled(spec.sparkConf());
  }

  /** The port the driver's UI listens on: {@code spark.ui.port}, default 4040. */
  static int uiPort(SparkApplicationSpec spec) {
    return intConf(spec, SparkPorts.UI_PORT, SparkPorts.DEFAULT_UI_PORT);
  }

  /** The named ports of the Spark container of {@code role}; ports Spark leaves random are absent. */
  static Map<String, Integer> named(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    int blockManager = intConf(spec, SparkPorts.BLOCK_MANAGER_PORT, SparkPorts.DEFAULT_BLOCK_MANAGER_PORT);
    if (role == SparkPod.DRIVER) {
      putPinned(ports, "driver-rpc-port", intConf(spec, SparkPorts.DRIVER_PORT, SparkPorts.DEFAULT_DRIVER_PORT));
      blockManager = intConf(spec, SparkPorts.DRIVER_BLOCK_MANAGER_PORT, blockManager);
      if (uiEnabled(spec)) {
        putPinned(ports, "spark-ui", uiPort(spec));
      }
    }
    putPinned(ports, "blockmanager", blockManager);
    List<Port> declared = pod.ports();
    if (declared != null) {
      declared.forEach(p -> ports.put(p.name(), p.containerPort()));
    }
    boolean exported = role == SparkPod.DRIVER
        ? spec.monitoring().map(MonitoringSpec::exposeDriverMetrics).orElse(false)
        : spec.monitoring().map(MonitoringSpec::exposeExecutorMetrics).orElse(false);
    spec.monitoring().flatMap(MonitoringSpec::prometheus).filter(p -> exported).ifPresent((PrometheusSpec p) ->
        ports.put(p.portName().orElse(DEFAULT_PROMETHEUS_PORT_NAME), p.port().orElse(DEFAULT_PROMETHEUS_PORT)));
    return ports;
  }

  private static void putPinned(Map<String, Integer> ports, String name, int port) {
    if (port != 0) {
      ports.put(name, port);
    }
  }

  /** The port {@code key} sets, or {@code fallback} when it is unset or not a number. */
  private static int intConf(SparkApplicationSpec spec, String key, int fallback) {
    try {
      return SparkPorts.firstSet(spec.sparkConf(), key).map(set -> Integer.parseInt(set.getValue())).orElse(fallback);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
