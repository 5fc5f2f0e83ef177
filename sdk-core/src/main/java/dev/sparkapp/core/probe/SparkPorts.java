package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import java.util.List;
import java.util.Map;

/**
 * Reads the port a Spark setting fixes, or the Kubernetes default that the preset pins. Spark on
 * Kubernetes listens on {@code spark.driver.port} (default 7078), {@code spark.blockManager.port}
 * (default 7079, {@code spark.driver.blockManager.port} overrides it on the driver) and {@code
 * spark.ui.port} (default 4040).
 */
final class SparkPorts {
  static final String UI_PORT = "spark.ui.port";
  static final String UI_ENABLED = "spark.ui.enabled";
  static final String DRIVER_PORT = "spark.driver.port";
  static final String BLOCK_MANAGER_PORT = "spark.blockManager.port";
  static final String DRIVER_BLOCK_MANAGER_PORT = "spark.driver.blockManager.port";

  private static final FieldPath SPARK_CONF = FieldPath.of("spec", "sparkConf");

  private SparkPorts() {}

  /**
   * Returns the port set by the first of {@code keys} present in {@code sparkConf}, or {@code
   * defaultPort}. Rejects values that are not a fixed port: a probe cannot follow a random port.
   */
  static int port(Map<String, String> sparkConf, List<String> keys, int defaultPort) {
    for (String key : keys) {
      String value = sparkConf.get(key);
      if (value != null) {
        return parse(key, value.trim());
      }
    }
    return defaultPort;
  }

  private static int parse(String key, String value) {
    int port;
    try {
      port = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new ProbePresetException(SPARK_CONF.field(key),
          "'" + value + "' is not a port number; set a number between 1024 and 65535");
    }
    if (port == 0) {
      throw new ProbePresetException(SPARK_CONF.field(key),
          "port 0 makes Spark pick a random port that no probe can follow; set a fixed port such as the "
              + "Kubernetes default, or remove the setting and let the preset pin it");
    }
    if (port < 1 || port > 65535) {
      throw new ProbePresetException(SPARK_CONF.field(key),
          "port " + port + " is outside 1-65535; set a fixed port between 1024 and 65535");
    }
    return port;
  }

  /** Rejects a Spark UI probe when {@code spark.ui.enabled} is {@code false}: nothing listens then. */
  static void requireUiEnabled(Map<String, String> sparkConf) {
    String enabled = sparkConf.get(UI_ENABLED);
    if (enabled != null && enabled.trim().equalsIgnoreCase("false")) {
      throw new ProbePresetException(SPARK_CONF.field(UI_ENABLED),
          "the Spark UI is disabled, so nothing answers the spark-ui probe; enable the UI or use the "
              + "tcp or log-staleness preset");
    }
  }
}
