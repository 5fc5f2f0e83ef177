package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;

/**
 * A pod spec whose builder records probe presets ({@link TemplatedPod.ProbeMethods}) for the resource's
 * {@code build()} to attach: a kubeflow driver or executor ({@link TemplatedPod}), an Apache operator
 * application's {@code driverSpec} / {@code executorSpec}, a SparkCluster's {@code masterSpec} / {@code
 * workerSpec}. The resource kind's pod declaration reads the record ({@code KindPod.recorded}), and {@code
 * ProbeSet} attaches it and clears it, so a built resource always has an empty record.
 */
public interface RecordedProbes {
  /**
   * The probes recorded by this pod's builder and not attached yet, by kind: empty in every built
   * resource (its {@code build()} attached them to the pod's template), non-empty only in a pod spec
   * built on its own. Not part of the manifest.
   */
  @JsonIgnore
  Map<ProbeKind, AttachableProbe> probePresets();
}
