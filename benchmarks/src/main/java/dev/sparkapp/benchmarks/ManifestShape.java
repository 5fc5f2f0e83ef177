package dev.sparkapp.benchmarks;

/**
 * The two manifests every benchmark measures: the spark-pi example with driver probes (the content of
 * {@code spark-pi-with-probes.yaml}), and the same app grown to 50 volumes and 200 sparkConf entries.
 */
public enum ManifestShape {
  /** spark-pi with a liveness and a readiness probe on the driver. */
  SPARK_PI(0, 0),
  /** spark-pi plus 50 config-map volumes and 200 sparkConf entries. */
  LARGE(50, 200);

  private final int volumes;
  private final int sparkConfEntries;

  ManifestShape(int volumes, int sparkConfEntries) {
    this.volumes = volumes;
    this.sparkConfEntries = sparkConfEntries;
  }

  /** The number of {@code spec.volumes}; volume {@code i} is named {@link #volumeName(int)}. */
  public int volumes() {
    return volumes;
  }

  /** The number of {@code spec.sparkConf} entries; entry {@code i} is {@link #confKey(int)}. */
  public int sparkConfEntries() {
    return sparkConfEntries;
  }

  /** The name of volume {@code i}, which mounts the config map of the same name. */
  static String volumeName(int i) {
    return "config-" + i;
  }

  /** The key of sparkConf entry {@code i}; its value is {@link #confValue(int)}. */
  static String confKey(int i) {
    return "spark.benchmark.setting" + i;
  }

  /** The value of sparkConf entry {@code i}. */
  static String confValue(int i) {
    return "value-" + i;
  }
}
