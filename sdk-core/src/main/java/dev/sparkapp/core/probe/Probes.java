package dev.sparkapp.core.probe;

import java.time.Duration;

/**
 * The probe presets for Spark driver and executor pods, and for the server of a SparkConnect (a driver
 * too: {@code sparkUi()}, {@code connectGrpc()}, {@code logStaleness(...)}). Attach them with {@link ProbeSet}:
 *
 * <pre>{@code
 * Probed<SparkApplication> probed = ProbeSet.none()
 *     .driverStartup(Probes.sparkUi())
 *     .driverLiveness(Probes.sparkUi())
 *     .executorLiveness(Probes.logStaleness(Duration.ofMinutes(15)))
 *     .applyTo(app);
 * }</pre>
 *
 * Each preset is a {@link ProbePreset}; its timing defaults depend on the kind of probe it becomes and
 * can be changed with its {@code with*} methods. The same preset serves as liveness, readiness and
 * startup probe: attached as a startup probe it gets the startup timing.
 */
public final class Probes {
  private Probes() {}

  /**
   * HTTP GET of {@code /api/v1/version} on the driver's Spark UI port ({@code spark.ui.port}, pinned to
   * 4040 when unset). Driver only; fails where {@code spark.ui.enabled=false}.
   */
  public static ProbePreset sparkUi() {
    return ProbePreset.of(SparkUiCheck.INSTANCE);
  }

  /**
   * TCP connect to the driver's RPC port ({@code spark.driver.port}, pinned to 7078 when unset). Driver
   * only.
   */
  public static ProbePreset driverRpc() {
    return ProbePreset.of(TcpPortCheck.DRIVER_RPC);
  }

  /**
   * TCP connect to the block manager port ({@code spark.blockManager.port}, pinned to 7079 when unset;
   * on the driver {@code spark.driver.blockManager.port} wins when set). For executors and the driver.
   */
  public static ProbePreset blockManager() {
    return ProbePreset.of(TcpPortCheck.BLOCK_MANAGER);
  }

  /**
   * The TCP preset of {@code pod}: {@link #driverRpc()} for the driver, {@link #blockManager()} for
   * executors.
   */
  public static ProbePreset tcp(SparkPod pod) {
    return pod == SparkPod.DRIVER ? driverRpc() : blockManager();
  }

  /**
   * TCP connect to a Spark Connect server's gRPC port ({@code spark.connect.grpc.binding.port}, pinned to
   * 15002 when unset): the readiness preset of a SparkConnect server, which passes once the server accepts
   * client connections. Server only. A TCP connect because Spark 4.0 registers no gRPC health service.
   */
  public static ProbePreset connectGrpc() {
    return ProbePreset.of(ConnectGrpcCheck.INSTANCE);
  }

  /**
   * Exec probe that fails when the pod's Spark log file ({@code /var/log/spark/spark.log}) has not
   * changed for longer than {@code maxAge}, or does not exist. Attaching it also wires log4j2 to write
   * that file (see {@link ProbeSet}). Choose {@code maxAge} longer than the quietest stretch of the job:
   * a driver waiting on one long stage may legitimately log nothing for minutes.
   *
   * @param maxAge whole seconds, at least one
   */
  public static ProbePreset logStaleness(Duration maxAge) {
    return ProbePreset.of(new LogStalenessCheck(maxAge, LogStalenessCheck.DEFAULT_LOG_DIRECTORY));
  }
}
