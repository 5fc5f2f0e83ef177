package dev.sparkapp.core.probe;

import io.fabric8.kubernetes.api.model.Probe;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The probe presets for Spark driver and executor pods. Give them to the pod's builder while building:
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
  /** The preset names that {@link #named} accepts, as the command line spells them. */
  public static final List<String> NAMES = List.of("spark-ui", "log-staleness", "tcp", "driver-rpc", "block-manager");

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
    return switch (name) {
      case "spark-ui" -> sparkUi();
      case "log-staleness" -> logStaleness(maxAge);
      case "tcp" -> tcp(pod);
      case "driver-rpc" -> driverRpc();
      case "block-manager" -> blockManager();
      default -> throw new ProbePresetException("no probe preset is named '" + name + "'; use one of "
          + String.join(", ", NAMES));
    };
  }
}
