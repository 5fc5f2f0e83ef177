package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import java.util.Map;
import java.util.Objects;

/**
 * A resource's {@code sparkConf} and where its manifest holds it ({@code spec.sparkConf} for an
 * application, {@code spec.template.sparkConf} for a scheduled one), so that a preset refusing a setting
 * names the setting's real path.
 *
 * @param entries the settings; not copied, so a caller may keep adding pins to the map it passed
 * @param path the {@code sparkConf} field of the resource
 */
record SparkConfAt(Map<String, String> entries, FieldPath path) {
  /** The path of an application's {@code sparkConf}, for a preset built outside any resource. */
  static final FieldPath SPEC_SPARK_CONF = FieldPath.of("spec", "sparkConf");

  SparkConfAt {
    Objects.requireNonNull(entries, "sparkConf");
    Objects.requireNonNull(path, "path");
  }

  /** Returns the value of {@code key}, or {@code null} when it is not set. */
  String get(String key) {
    return entries.get(key);
  }

  /** Returns whether {@code key} is set. */
  boolean containsKey(String key) {
    return entries.containsKey(key);
  }

  /** Returns the path of the setting {@code key}, such as {@code spec.sparkConf[spark.ui.port]}. */
  FieldPath field(String key) {
    return path.field(key);
  }
}
