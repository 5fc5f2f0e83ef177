package dev.sparkapp.core;

import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The ports a Spark driver and its executors listen on under Kubernetes, and the {@code sparkConf}
 * settings that fix them. The probe presets pin these settings and the validation rules check probes
 * against them, both through this one class.
 *
 * <ul>
 *   <li>{@value #DRIVER_PORT} — the driver's RPC endpoint; {@value #DEFAULT_DRIVER_PORT} on Kubernetes.
 *   <li>{@value #BLOCK_MANAGER_PORT} — the block manager of every pod; {@value #DEFAULT_BLOCK_MANAGER_PORT}
 *       on Kubernetes; {@value #DRIVER_BLOCK_MANAGER_PORT} overrides it on the driver.
 *   <li>{@value #UI_PORT} — the driver's web UI, {@value #DEFAULT_UI_PORT}; nothing listens there when
 *       {@value #UI_ENABLED} is {@code false}.
 *   <li>{@value #CONNECT_GRPC_PORT} — the gRPC port of a Spark Connect server, {@value #DEFAULT_CONNECT_GRPC_PORT}.
 * </ul>
 */
public final class SparkPorts {
  /** The driver's UI port setting. */
  public static final String UI_PORT = "spark.ui.port";
  /** The setting that turns the driver's UI off. */
  public static final String UI_ENABLED = "spark.ui.enabled";
  /** The driver's RPC port setting. */
  public static final String DRIVER_PORT = "spark.driver.port";
  /** The block manager port setting, for every pod. */
  public static final String BLOCK_MANAGER_PORT = "spark.blockManager.port";
  /** The block manager port setting of the driver alone; wins over {@link #BLOCK_MANAGER_PORT}. */
  public static final String DRIVER_BLOCK_MANAGER_PORT = "spark.driver.blockManager.port";

  /** The gRPC port setting of a Spark Connect server. */
  public static final String CONNECT_GRPC_PORT = "spark.connect.grpc.binding.port";

  /** The UI port when {@link #UI_PORT} is not set. */
  public static final int DEFAULT_UI_PORT = 4040;
  /** The driver RPC port Spark uses on Kubernetes when {@link #DRIVER_PORT} is not set. */
  public static final int DEFAULT_DRIVER_PORT = 7078;
  /** The block manager port Spark uses on Kubernetes when {@link #BLOCK_MANAGER_PORT} is not set. */
  public static final int DEFAULT_BLOCK_MANAGER_PORT = 7079;

  /**
   * The gRPC port of a Spark Connect server when {@link #CONNECT_GRPC_PORT} is not set; also the port the
   * operator's SparkConnect Service sends gRPC traffic to.
   */
  public static final int DEFAULT_CONNECT_GRPC_PORT = 15002;

  /**
   * The web UI port setting of a standalone master; wins over the {@code --webui-port} that {@code
   * start-master.sh} passes (Spark's {@code MasterArguments}). The Apache operator passes every {@code
   * sparkConf} entry to the master as {@code -D} options ({@code SPARK_MASTER_OPTS}), so it is read there.
   */
  public static final String MASTER_UI_PORT = "spark.master.ui.port";
  /** The web UI port setting of a standalone worker; wins over {@code --webui-port} ({@code WorkerArguments}). */
  public static final String WORKER_UI_PORT = "spark.worker.ui.port";
  /** A standalone master's web UI port when {@link #MASTER_UI_PORT} is not set ({@code start-master.sh}). */
  public static final int DEFAULT_MASTER_UI_PORT = 8080;
  /** A standalone worker's web UI port when {@link #WORKER_UI_PORT} is not set ({@code start-worker.sh}). */
  public static final int DEFAULT_WORKER_UI_PORT = 8081;
  /**
   * The RPC port of a standalone master started by {@code start-master.sh} ({@code SPARK_MASTER_PORT}'s
   * default), which the Apache operator's workers connect to ({@code spark://<name>-master-svc:7077}); no
   * {@code sparkConf} setting moves it.
   */
  public static final int MASTER_RPC_PORT = 7077;

  private SparkPorts() {}

  /** Returns {@code false} only when {@code sparkConf} sets {@value #UI_ENABLED} to {@code false}. */
  public static boolean uiEnabled(Map<String, String> sparkConf) {
    String enabled = sparkConf == null ? null : sparkConf.get(UI_ENABLED);
    return enabled == null || !enabled.trim().equalsIgnoreCase("false");
  }

  /**
   * What the {@code sparkConf} settings of one port say, as {@link #resolve} reads them.
   *
   * @param status what kind of setting it is
   * @param key the setting that decides the port, {@code null} when none is set
   * @param value that setting's value, trimmed, {@code null} when none is set
   * @param port the port: the default when unset, the number set otherwise (0 for random; the number for
   *     one out of range), 0 when the value is not a number
   */
  public record PortSetting(Status status, @Nullable String key, @Nullable String value, int port) {
    /** The kinds of port setting. */
    public enum Status {
      /** No key is set: Spark uses the default port. */
      DEFAULT,
      /** A fixed port between 1 and 65535. */
      FIXED,
      /** {@code 0}: Spark binds a random port, which no probe or Service can follow. */
      RANDOM,
      /** A number outside 0-65535. */
      OUT_OF_RANGE,
      /** Not a number. */
      NOT_A_NUMBER
    }

    /** Whether Spark listens on the known port {@link #port()}: unset or fixed. */
    public boolean isKnown() {
      return status == Status.DEFAULT || status == Status.FIXED;
    }
  }

  /**
   * The one reading of a port's settings: the first of {@code keys} (most specific first) that {@code
   * sparkConf} sets decides, else Spark uses {@code defaultPort}. Presets pin and follow ports, and the
   * validation rules check them, through this method.
   */
  public static PortSetting resolve(@Nullable Map<String, String> sparkConf, int defaultPort, String... keys) {
    Optional<Map.Entry<String, String>> set = firstSet(sparkConf, keys);
    if (set.isEmpty()) {
      return new PortSetting(PortSetting.Status.DEFAULT, null, null, defaultPort);
    }
    String key = set.get().getKey();
    String value = set.get().getValue();
    int port;
    try {
      port = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return new PortSetting(PortSetting.Status.NOT_A_NUMBER, key, value, 0);
    }
    PortSetting.Status status = port == 0 ? PortSetting.Status.RANDOM
        : port < 1 || port > 65535 ? PortSetting.Status.OUT_OF_RANGE : PortSetting.Status.FIXED;
    return new PortSetting(status, key, value, port);
  }

  /**
   * Returns the raw value of the first of {@code keys} that {@code sparkConf} sets (most specific key
   * first), or empty when none is set.
   */
  public static Optional<Map.Entry<String, String>> firstSet(Map<String, String> sparkConf, String... keys) {
    if (sparkConf != null) {
      for (String key : keys) {
        String value = sparkConf.get(key);
        if (value != null) {
          return Optional.of(Map.entry(key, value.trim()));
        }
      }
    }
    return Optional.empty();
  }
}
