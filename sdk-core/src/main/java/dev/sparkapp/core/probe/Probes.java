package dev.sparkapp.core.probe;

import dev.sparkapp.core.SparkPod;
import io.fabric8.kubernetes.api.model.Probe;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.Nullable;

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
  private static final Map<String, Named> BY_NAME = byName();

  /** Makes the preset of one name for a pod, from the command line's {@code maxAge} and {@code stall}. */
  @FunctionalInterface
  private interface Named {
    ProbePreset make(SparkPod pod, @Nullable Duration maxAge, @Nullable Duration stall);
  }

  /** The preset names that {@link #named} accepts, as the command line spells them. */
  public static final List<String> NAMES = List.copyOf(BY_NAME.keySet());

  private static Map<String, Named> byName() {
    Map<String, Named> presets = new LinkedHashMap<>();
    presets.put(SparkUiCheck.INSTANCE.name(), (pod, maxAge, stall) -> sparkUi());
    presets.put(LogStalenessCheck.NAME, (pod, maxAge, stall) -> logStaleness(maxAge));
    presets.put(TCP, (pod, maxAge, stall) -> tcp(pod));
    presets.put(TcpPortCheck.DRIVER_RPC.name(), (pod, maxAge, stall) -> driverRpc());
    presets.put(TcpPortCheck.BLOCK_MANAGER.name(), (pod, maxAge, stall) -> blockManager());
    presets.put(TcpPortCheck.MASTER_RPC.name(), (pod, maxAge, stall) -> masterRpc());
    presets.put(ConnectGrpcCheck.INSTANCE.name(), (pod, maxAge, stall) -> connectGrpc());
    presets.put(JobProgressCheck.NAME, (pod, maxAge, stall) -> {
      if (stall == null) {
        throw new ProbePresetException("the job-progress preset needs a stall (--stall 15m); none was given");
      }
      return jobProgress(stall);
    });
    return Collections.unmodifiableMap(presets);
  }

  /** The name of {@link #tcp(SparkPod)}, which picks a TCP preset by pod. */
  private static final String TCP = "tcp";

  private Probes() {}

  /**
   * HTTP GET of {@code /api/v1/version} on the driver's Spark UI port ({@code spark.ui.port}, pinned to
   * 4040 when unset). Driver only; fails where {@code spark.ui.enabled=false}. On a standalone master or
   * worker (a SparkCluster's {@code spec.masterSpec}, {@code spec.workerSpec}) it is an HTTP GET of {@code
   * /json/}, the state those UIs serve, on {@code spark.master.ui.port} / {@code spark.worker.ui.port}, else
   * 8080 / 8081 as {@code start-master.sh} / {@code start-worker.sh} set them (nothing pinned). Named {@code
   * spark-ui}.
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
   * TCP connect to a standalone master's RPC port, 7077, where the Apache operator's SparkCluster workers
   * register ({@code start-master.sh}'s port; no {@code sparkConf} setting moves it). Master only. Named {@code
   * master-rpc}.
   */
  public static ProbePreset masterRpc() {
    return ProbePreset.of(TcpPortCheck.MASTER_RPC);
  }

  /**
   * The TCP preset of {@code pod}: {@link #driverRpc()} for the driver, {@link #blockManager()} for
   * executors, {@link #masterRpc()} for a standalone master. Named {@code tcp}.
   *
   * @throws ProbePresetException for a standalone worker: {@code start-worker.sh} gives it a random RPC port,
   *     which no probe can follow (use {@link #sparkUi()})
   */
  public static ProbePreset tcp(SparkPod pod) {
    return switch (Objects.requireNonNull(pod, "pod")) {
      case DRIVER -> driverRpc();
      case EXECUTOR -> blockManager();
      case MASTER -> masterRpc();
      case WORKER -> throw new ProbePresetException("a standalone worker listens on a random RPC port "
          + "(start-worker.sh passes no --port), which no probe can follow; use " + StandalonePods.fitting(pod));
    };
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
   * Exec liveness probe of the driver (or a Spark Connect server) that fails only when Spark has work in
   * flight and none of it has moved for {@code stall}: no running job passes however long it lasts (idle is
   * not hung); running jobs whose task counts, stages and task threads have not moved for {@code stall}
   * fail, with one line such as {@code job 3 stage 7: no task progress for 912s (limit 900s)}; an
   * unreachable UI fails as the spark-ui preset does (pair it with a startup probe). It reads Spark's status
   * REST API on the UI port ({@code spark.ui.port}, pinned to 4040 when unset) with bash alone, and keeps
   * its state in an emptyDir that attaching adds to the pod template. Liveness only, driver only; refused
   * where {@code spark.ui.enabled=false}. Choose {@code stall} longer than the longest stretch in which no
   * task finishes and every running task waits (on a socket, a lock, a sleep) yet the job is healthy. Spark's
   * status API can lag the running tasks by up to {@code spark.executor.heartbeatInterval} (10s by default;
   * {@code spark.ui.liveUpdate.minFlushPeriod} when that is longer), so attaching refuses a stall below twice
   * that lag. Named {@code job-progress}.
   *
   * @param stall whole seconds, at least one
   * @throws ProbePresetException when {@code stall} is not a whole number of seconds of at least one; when
   *     attached, also when it is below twice the status API's lag in the application's {@code sparkConf}
   */
  public static ProbePreset jobProgress(Duration stall) {
    return ProbePreset.of(new JobProgressCheck(stall, JobProgressCheck.DEFAULT_STATE_DIRECTORY));
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
   * Returns which preset {@code probe} is, by the shape the presets write, with its parameters: the one place
   * that recognises presets in a manifest or a pod (the diagnosis, {@code explain} and the assertions ask it).
   * An HTTP GET of {@code /api/v1/version} or, on a standalone master or worker, {@code /json/} is {@code
   * spark-ui}; the exec commands of {@code log-staleness} and {@code job-progress} (their exact scripts, with
   * the limit read back); any TCP connect is a TCP preset, named by its port ({@link RecognizedPreset#tcp}).
   * Empty for any other probe, including one written by hand ({@code custom}).
   */
  public static Optional<RecognizedPreset> recognize(Probe probe) {
    Objects.requireNonNull(probe, "probe");
    if (probe.getHttpGet() != null) {
      String path = probe.getHttpGet().getPath();
      boolean ui = SparkUiCheck.PATH.equals(path) || SparkUiCheck.STANDALONE_PATH.equals(path);
      return ui ? Optional.of(RecognizedPreset.onPort(SparkUiCheck.INSTANCE.name(), intPort(probe.getHttpGet().getPort())))
          : Optional.empty();
    }
    if (probe.getTcpSocket() != null) {
      return Optional.of(RecognizedPreset.tcp(intPort(probe.getTcpSocket().getPort())));
    }
    Optional<java.time.Duration> maxAge = LogStalenessCheck.maxAgeOf(probe);
    if (maxAge.isPresent()) {
      return Optional.of(RecognizedPreset.logStaleness(maxAge.get()));
    }
    return JobProgressCheck.stallOf(probe).map(RecognizedPreset::jobProgress);
  }

  @Nullable
  private static Integer intPort(@Nullable io.fabric8.kubernetes.api.model.IntOrString port) {
    return port == null ? null : port.getIntVal();
  }

  /**
   * Returns the preset called {@code name} (one of {@link #NAMES}) for {@code pod}, the way the command
   * line names presets: {@code tcp} is {@link #tcp(SparkPod)}, {@code log-staleness} uses {@code
   * maxAge}. Each preset's {@link ProbePreset#name()} is one of these names. {@code job-progress} needs a
   * stall: use {@link #named(String, SparkPod, Duration, Duration)}.
   *
   * @throws ProbePresetException when no preset has that name (the message lists the names), or the name
   *     is {@code job-progress}
   */
  public static ProbePreset named(String name, SparkPod pod, Duration maxAge) {
    return named(name, pod, maxAge, null); // job-progress without a stall: its table entry refuses it
  }

  /**
   * Returns the preset called {@code name} as {@link #named(String, SparkPod, Duration)} does, with {@code
   * stall} for {@code job-progress} ({@link #jobProgress(Duration)}); {@code maxAge} and {@code stall} may be
   * {@code null} when the named preset does not use them.
   *
   * @throws NullPointerException when the preset is {@code log-staleness} and {@code maxAge} is {@code null}
   * @throws ProbePresetException when no preset has that name (the message lists the names), the preset is
   *     {@code job-progress} and {@code stall} is {@code null}, or {@code maxAge} or {@code stall} is invalid
   */
  public static ProbePreset named(String name, SparkPod pod, Duration maxAge, Duration stall) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pod, "pod");
    Named preset = BY_NAME.get(name);
    if (preset == null) {
      throw new ProbePresetException("no probe preset is named '" + name + "'; use one of "
          + String.join(", ", NAMES));
    }
    return preset.make(pod, maxAge, stall);
  }
}
