package dev.sparkapp.core.probe;

import dev.sparkapp.core.SparkPod;
import io.fabric8.kubernetes.api.model.Probe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The probe presets for Spark driver and executor pods, and for the server of a SparkConnect (Spark's
 * driver too: {@code sparkUi()}, {@code connectGrpc()}, {@code logStaleness(...)}). Give them to the pod's
 * builder while building:
 *
 * <pre>{@code
 * SparkApplication app = SparkApplication.builder()
 *     .metadata(m -> m.withName("spark-pi"))
 *     .spec(s -> s.image("apache/spark:4.0.1")
 *         .driver(d -> d.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi()))
 *         .executor(e -> e.livenessProbe(Probes.logStaleness(Duration.ofMinutes(15)))))
 *     .build();
 * }</pre>
 *
 * or attach them to a resource that exists already (read from YAML) with {@link ProbeSet}; both do the
 * same. Each preset is a {@link ProbePreset}; its timing defaults depend on the kind of probe it becomes
 * and can be changed with its {@code with*} methods. The same preset serves as liveness, readiness and
 * startup probe: attached as a startup probe it gets the startup timing.
 */
public final class Probes {
  /**
   * The presets the command line names, by name: the one source of {@link #NAMES} and {@link #named}.
   * Each key is the preset's own {@link ProbePreset#name()}, except {@code tcp}, which picks by pod.
   */
  private static final Map<String, BiFunction<SparkPod, Duration, ProbePreset>> BY_NAME = byName();

  /** The preset names that {@link #named} accepts, as the command line spells them. */
  public static final List<String> NAMES = List.copyOf(BY_NAME.keySet());

  private static Map<String, BiFunction<SparkPod, Duration, ProbePreset>> byName() {
    Map<String, BiFunction<SparkPod, Duration, ProbePreset>> presets = new LinkedHashMap<>();
    presets.put(SparkUiCheck.INSTANCE.name(), (pod, maxAge) -> sparkUi());
    presets.put(LogStalenessCheck.NAME, (pod, maxAge) -> logStaleness(maxAge));
    presets.put(TCP, (pod, maxAge) -> tcp(pod));
    presets.put(TcpPortCheck.DRIVER_RPC.name(), (pod, maxAge) -> driverRpc());
    presets.put(TcpPortCheck.BLOCK_MANAGER.name(), (pod, maxAge) -> blockManager());
    presets.put(ConnectGrpcCheck.INSTANCE.name(), (pod, maxAge) -> connectGrpc());
    return Collections.unmodifiableMap(presets);
  }

  /** The name of {@link #tcp(SparkPod)}, which picks a TCP preset by pod. */
  private static final String TCP = "tcp";

  private Probes() {}

  /**
   * HTTP GET of {@code /api/v1/version} on the driver's Spark UI port ({@code spark.ui.port}, pinned to
   * 4040 when unset). Driver only; fails where {@code spark.ui.enabled=false}. Named {@code spark-ui}.
   */
  public static ProbePreset sparkUi() {
    return ProbePreset.of(SparkUiCheck.INSTANCE);
  }

  /**
   * TCP connect to the driver's RPC port ({@code spark.driver.port}, pinned to 7078 when unset). Driver
   * only. Named {@code driver-rpc}.
   */
  public static ProbePreset driverRpc() {
    return ProbePreset.of(TcpPortCheck.DRIVER_RPC);
  }

  /**
   * TCP connect to the block manager port ({@code spark.blockManager.port}, pinned to 7079 when unset;
   * on the driver {@code spark.driver.blockManager.port} wins when set). For executors and the driver.
   * Named {@code block-manager}.
   */
  public static ProbePreset blockManager() {
    return ProbePreset.of(TcpPortCheck.BLOCK_MANAGER);
  }

  /**
   * The TCP preset of {@code pod}: {@link #driverRpc()} for the driver, {@link #blockManager()} for
   * executors. Named {@code tcp}.
   */
  public static ProbePreset tcp(SparkPod pod) {
    return Objects.requireNonNull(pod, "pod") == SparkPod.DRIVER ? driverRpc() : blockManager();
  }

  /**
   * TCP connect to a Spark Connect server's gRPC port ({@code spark.connect.grpc.binding.port}, pinned to
   * 15002 when unset): the readiness preset of a SparkConnect server, which passes once the server accepts
   * client connections. Server only. A TCP connect because Spark 4.0 registers no gRPC health service.
   * Named {@code connect-grpc}.
   */
  public static ProbePreset connectGrpc() {
    return ProbePreset.of(ConnectGrpcCheck.INSTANCE);
  }

  /**
   * Exec probe that fails when the pod's Spark log file ({@code /var/log/spark/spark.log}) has not
   * changed for longer than {@code maxAge}, or does not exist. Attaching it also wires log4j2 to write
   * that file and makes the resource name a companion ConfigMap ({@code SparkResource.companions()}),
   * which is written and applied with it. Choose {@code maxAge} longer than the quietest stretch of the
   * job: a driver waiting on one long stage may legitimately log nothing for minutes. Named {@code
   * log-staleness}.
   *
   * @param maxAge whole seconds, at least one
   * @throws ProbePresetException when {@code maxAge} is not a whole number of seconds of at least one
   */
  public static ProbePreset logStaleness(Duration maxAge) {
    return ProbePreset.of(new LogStalenessCheck(maxAge, LogStalenessCheck.DEFAULT_LOG_DIRECTORY));
  }

  /**
   * A probe written by hand, placed as written (handler and timing) in the pod's Spark container, like
   * the presets. Nothing is pinned and no logging is wired: the probe's ports must match Spark's. The pod
   * builders' {@code livenessProbe(Probe)} and its siblings call this. Named {@code custom}.
   */
  public static ProbePreset custom(Probe probe) {
    return ProbePreset.of(new CustomProbe(Objects.requireNonNull(probe, "probe")));
  }

  /**
   * Returns the preset called {@code name} (one of {@link #NAMES}) for {@code pod}, the way the command
   * line names presets: {@code tcp} is {@link #tcp(SparkPod)}, {@code log-staleness} uses {@code
   * maxAge}. Each preset's {@link ProbePreset#name()} is one of these names.
   *
   * @throws ProbePresetException when no preset has that name; the message lists the names
   */
  public static ProbePreset named(String name, SparkPod pod, Duration maxAge) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pod, "pod");
    BiFunction<SparkPod, Duration, ProbePreset> preset = BY_NAME.get(name);
    if (preset == null) {
      throw new ProbePresetException("no probe preset is named '" + name + "'; use one of "
          + String.join(", ", NAMES));
    }
    return preset.apply(pod, maxAge);
  }
}
