package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPod;

/**
 * What a standalone cluster's master and workers (the Apache operator's SparkCluster) serve for the presets:
 * their web UI ({@code spark-ui}) and, on the master, the RPC port 7077 ({@code tcp}, {@code master-rpc}). The
 * operator starts them with {@code start-master.sh} / {@code start-worker.sh} (apache/spark-kubernetes-operator
 * 1.0.0 {@code SparkClusterResourceSpec}), so no driver, executor, block manager or Connect server runs there,
 * and the log goes to a {@code spark-daemon.sh} file named after the user and the host, which the
 * log-staleness preset cannot be wired to; those presets are refused on these pods.
 */
final class StandalonePods {
  private StandalonePods() {}

  /**
   * Refuses the preset {@code preset} on a master or worker pod, naming the probe's path and the presets that
   * fit there; does nothing for a driver or executor.
   *
   * @throws ProbePresetException when {@code pod} is a master or worker
   */
  static void refuse(SparkPod pod, String preset, FieldPath probePath) {
    if (pod.isClusterRole()) {
      throw new ProbePresetException(probePath, "the standalone " + pod.specField() + " runs no Spark driver or "
          + "executor, so the " + preset + " preset has nothing to check there" + why(preset) + "; use "
          + fitting(pod) + " on spec." + pod.specField() + "Spec");
    }
  }

  private static String why(String preset) {
    return LogStalenessCheck.NAME.equals(preset)
        ? " (the operator starts it with spark-daemon.sh, which logs to a file named after the user and the host)"
        : "";
  }

  /** Returns the presets that fit {@code pod}, as the refusals name them. */
  static String fitting(SparkPod pod) {
    return pod == SparkPod.MASTER ? "spark-ui (Probes.sparkUi()) or tcp (Probes.masterRpc(), port 7077)"
        : "spark-ui (Probes.sparkUi(); a worker's RPC port is random, so no tcp preset follows it)";
  }
}
