package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPorts;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.util.List;
import java.util.Map;

/**
 * The Spark Connect server's gRPC port ({@code spark.connect.grpc.binding.port}, 15002 by default), where
 * clients connect. Released Spark (4.0.1) registers no standard gRPC health service ({@code
 * grpc.health.v1.Health}; {@code sdk-spark-it} checks that it answers UNIMPLEMENTED), so a Kubernetes
 * {@code grpc:} probe would always fail: the check is a TCP connect, which passes once the server accepts
 * connections on the port, that is once it serves. When Spark ships the health service, {@link #handler}
 * becomes {@code probe.withNewGrpc().withPort(port).endGrpc()}: the port, its pinning and the presets
 * stay as they are.
 */
final class ConnectGrpcCheck implements ProbeCheck {
  static final ConnectGrpcCheck INSTANCE = new ConnectGrpcCheck();

  private ConnectGrpcCheck() {}

  @Override
  public String name() {
    return "connect-grpc";
  }

  @Override
  public Map<String, String> pins(SparkPod pod, SparkConfAt sparkConf, FieldPath probePath) {
    requireServer(pod, probePath);
    return PinnedPorts.pinUnlessSet(sparkConf, SparkPorts.CONNECT_GRPC_PORT, SparkPorts.DEFAULT_CONNECT_GRPC_PORT);
  }

  @Override
  public void handler(ProbeBuilder probe, SparkPod pod, SparkConfAt sparkConf, FieldPath probePath) {
    requireServer(pod, probePath);
    int port = PinnedPorts.port(sparkConf, List.of(SparkPorts.CONNECT_GRPC_PORT), SparkPorts.DEFAULT_CONNECT_GRPC_PORT);
    probe.withNewTcpSocket().withPort(new IntOrString(port)).endTcpSocket();
  }

  private static void requireServer(SparkPod pod, FieldPath probePath) {
    StandalonePods.refuse(pod, INSTANCE.name(), probePath);
    if (pod != SparkPod.DRIVER) {
      throw new ProbePresetException(probePath, "only the Spark Connect server listens on the Connect gRPC port; "
          + "use Probes.blockManager() (tcp) or Probes.logStaleness(...) for executors");
    }
  }
}
