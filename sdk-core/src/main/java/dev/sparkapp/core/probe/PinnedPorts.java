package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPorts;
import java.util.List;
import java.util.Map;

/**
 * Reads the port a Spark setting fixes, or the Kubernetes default that the preset pins. Spark on
 * Kubernetes listens on {@code spark.driver.port} (default 7078), {@code spark.blockManager.port}
 * (default 7079, {@code spark.driver.blockManager.port} overrides it on the driver) and {@code
 * spark.ui.port} (default 4040).
 */
final class PinnedPorts {
  private PinnedPorts() {}

  /**
   * Returns the port set by the first of {@code keys} present in {@code sparkConf}, or {@code
   * defaultPort}. Rejects values that are not a fixed port: a probe cannot follow a random port.
   */
  static int port(SparkConfAt sparkConf, List<String> keys, int defaultPort) {
    SparkPorts.PortSetting setting = SparkPorts.resolve(sparkConf.entries(), defaultPort, keys.toArray(String[]::new));
    return switch (setting.status()) {
      case DEFAULT, FIXED -> setting.port();
      case NOT_A_NUMBER -> throw new ProbePresetException(sparkConf.field(setting.key()),
          "'" + setting.value() + "' is not a port number; set a number between 1024 and 65535");
      case RANDOM -> throw new ProbePresetException(sparkConf.field(setting.key()),
          "port 0 makes Spark pick a random port that no probe can follow; set a fixed port such as the "
              + "Kubernetes default, or remove the setting and let the preset pin it");
      case OUT_OF_RANGE -> throw new ProbePresetException(sparkConf.field(setting.key()),
          "port " + setting.port() + " is outside 1-65535; set a fixed port between 1024 and 65535");
    };
  }

  /** Returns the pin of {@code key} to {@code defaultPort} when {@code sparkConf} does not set it, else nothing. */
  static Map<String, String> pinUnlessSet(SparkConfAt sparkConf, String key, int defaultPort) {
    return sparkConf.containsKey(key) ? Map.of() : Map.of(key, Integer.toString(defaultPort));
  }

  /** Returns the pin of the driver's UI port to the default 4040 when {@code spark.ui.port} is unset, else nothing. */
  static Map<String, String> uiPin(SparkConfAt sparkConf) {
    return pinUnlessSet(sparkConf, SparkPorts.UI_PORT, SparkPorts.DEFAULT_UI_PORT);
  }

  /** Returns the driver's UI port: {@code spark.ui.port}, else the default 4040. */
  static int uiPort(SparkConfAt sparkConf) {
    return port(sparkConf, List.of(SparkPorts.UI_PORT), SparkPorts.DEFAULT_UI_PORT);
  }

  /**
   * Rejects a preset that needs the driver's UI when {@code spark.ui.enabled} is {@code false}: nothing
   * listens then. {@code consequence} says what the preset could not do, as in "nothing answers the
   * spark-ui probe".
   */
  static void requireUiEnabled(SparkConfAt sparkConf, String consequence) {
    if (!SparkPorts.uiEnabled(sparkConf.entries())) {
      throw new ProbePresetException(sparkConf.field(SparkPorts.UI_ENABLED), "the Spark UI is disabled, so "
          + consequence + "; enable the UI (remove spark.ui.enabled=false) or use the tcp or log-staleness preset");
    }
  }
}
