package dev.sparkapp.core.probe;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPod;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Map;

/** What a preset checks: the handler half of a probe (the timing half lives in {@link ProbePreset}). */
interface ProbeCheck {
  /** Returns the preset's name as the CLI spells it, for example {@code spark-ui}. */
  String name();

  /**
   * Returns the {@code sparkConf} entries that must be set for the check to find Spark where it looks,
   * for a pod whose resource's {@code sparkConf} is {@code sparkConf}; empty when nothing needs pinning.
   */
  Map<String, String> pins(SparkPod pod, SparkConfAt sparkConf, FieldPath probePath);

  /** Sets the probe's handler on {@code probe}, for {@code pod} running with {@code sparkConf}. */
  void handler(ProbeBuilder probe, SparkPod pod, SparkConfAt sparkConf, FieldPath probePath);

  /**
   * Rejects a kind of probe the check does not serve; every kind by default.
   *
   * @throws ProbePresetException when the check cannot be a probe of {@code kind}
   */
  default void requireKind(ProbeKind kind, FieldPath probePath) {}

  /** Adjusts the handler once the probe's {@code timeoutSeconds} is known; nothing by default. */
  default void timed(ProbeBuilder probe, int timeoutSeconds) {}

  /** Returns the pod volumes the check needs beside the probe (none by default). */
  default List<Volume> volumes() {
    return List.of();
  }

  /** Returns the Spark container's mounts of {@link #volumes()} (none by default). */
  default List<VolumeMount> mounts() {
    return List.of();
  }
}
