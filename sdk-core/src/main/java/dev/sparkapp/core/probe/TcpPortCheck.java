package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPorts;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.util.List;
import java.util.Map;

/**
 * TCP connect to a port Spark listens on: the driver's RPC endpoint ({@code spark.driver.port}, 7078 on
 * Kubernetes), a block manager ({@code spark.blockManager.port}, 7079), or a standalone master's RPC endpoint
 * (7077, {@link SparkPorts#MASTER_RPC_PORT}; the Apache operator's master container declares its port
 * {@code spark} as 7070 at 1.0.0, but the master listens on 7077, which the workers dial through the headless
 * master Service). A TCP probe only proves that
 * the JVM still accepts connections; it does not notice a hang in application code.
 */
final class TcpPortCheck implements ProbeCheck {

  static final TcpPortCheck DRIVER_RPC = new TcpPortCheck("driver-rpc");
  static final TcpPortCheck BLOCK_MANAGER = new TcpPortCheck("block-manager");
  static final TcpPortCheck MASTER_RPC = new TcpPortCheck("master-rpc");

  private final String name;

  private TcpPortCheck(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  /** Returns the settings that decide the port in {@code pod}, the most specific first. */
  private List<String> keys(SparkPod pod, FieldPath probePath) {
    if (this == MASTER_RPC) {
      if (pod != SparkPod.MASTER) {
        throw new ProbePresetException(probePath, "only a standalone master listens on the master RPC port 7077; "
            + "use " + (pod.isClusterRole() ? StandalonePods.fitting(pod) : "Probes.tcp(pod)") + " for the "
            + pod.specField());
      }
      return List.of();
    }
    StandalonePods.refuse(pod, name, probePath);
    if (this == DRIVER_RPC) {
      if (pod != SparkPod.DRIVER) {
        throw new ProbePresetException(probePath,
            "executors do not listen on the driver RPC port; use Probes.blockManager() for executors");
      }
      return List.of(SparkPorts.DRIVER_PORT);
    }
    return pod == SparkPod.DRIVER
        ? List.of(SparkPorts.DRIVER_BLOCK_MANAGER_PORT, SparkPorts.BLOCK_MANAGER_PORT)
        : List.of(SparkPorts.BLOCK_MANAGER_PORT);
  }

  private int defaultPort() {
    if (this == MASTER_RPC) {
      return SparkPorts.MASTER_RPC_PORT;
    }
    return this == DRIVER_RPC ? SparkPorts.DEFAULT_DRIVER_PORT : SparkPorts.DEFAULT_BLOCK_MANAGER_PORT;
  }

  @Override
  public Map<String, String> pins(SparkPod pod, SparkConfAt sparkConf, FieldPath probePath) {
    List<String> keys = keys(pod, probePath);
    if (keys.isEmpty()) {
      return Map.of();
    }
    for (String key : keys) {
      if (sparkConf.containsKey(key)) {
        return Map.of();
      }
    }
    return Map.of(keys.get(keys.size() - 1), Integer.toString(defaultPort()));
  }

  @Override
  public void handler(ProbeBuilder probe, SparkPod pod, SparkConfAt sparkConf, FieldPath probePath) {
    int port = PinnedPorts.port(sparkConf, keys(pod, probePath), defaultPort());
    probe.withNewTcpSocket().withPort(new IntOrString(port)).endTcpSocket();
  }
}
