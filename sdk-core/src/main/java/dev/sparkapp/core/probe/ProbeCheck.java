package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPod;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.util.Map;

/** What a preset checks: the handler half of a probe (the timing half lives in {@link ProbePreset}). */
interface ProbeCheck {
  /** Returns the preset's name as the CLI spells it, for example {@code spark-ui}. */
  String name();

  /**
   * Returns the {@code sparkConf} entries that must be set for the check to find Spark where it looks,
   * for a pod whose {@code sparkConf} is {@code sparkConf}; empty when nothing needs pinning.
   */
  Map<String, String> pins(SparkPod pod, Map<String, String> sparkConf, FieldPath probePath);

  /** Sets the probe's handler on {@code probe}, for {@code pod} running with {@code sparkConf}. */
  void handler(ProbeBuilder probe, SparkPod pod, Map<String, String> sparkConf, FieldPath probePath);
}
