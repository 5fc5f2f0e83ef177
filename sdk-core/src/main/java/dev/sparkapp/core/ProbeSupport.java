package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.List;
import java.util.ServiceLoader;

/**
 * What the model asks of the probe presets: attach the probes its pod builders recorded, derive the
 * companions of a resource, take a probe written by hand. The presets ({@code dev.sparkapp.core.probe})
 * read the model, so the model reaches them only through this interface, implemented once in sdk-core
 * ({@code dev.sparkapp.core.probe.ProbeSupportProvider}) and found with {@link ServiceLoader}; the
 * packages of sdk-core then depend one way. Not meant to be implemented or called by users: call {@code
 * build()}, {@link SparkResource#companions()} and the builders' probe methods.
 */
public interface ProbeSupport {
  /** Returns {@code probe}, as written, as a probe the pod builders record ({@code Probes.custom}). */
  AttachableProbe custom(Probe probe);

  /**
   * Returns {@code resource} with the probes its pod builders recorded attached, as {@code
   * ProbeSet.none().applyTo(resource)} does.
   *
   * @throws SparkAppException ({@code ProbePresetException}) when a recorded preset does not fit
   */
  <R extends SparkResource> R attachRecorded(R resource);

  /** Returns the companions of {@code resource} ({@link SparkResource#companions()}). */
  List<ConfigMap> companions(SparkResource resource);

  /**
   * Returns the implementation in sdk-core.
   *
   * @throws IllegalStateException when it cannot be found: sdk-core's {@code META-INF/services} entry was
   *     dropped when repackaging (keep it, e.g. with the shade plugin's {@code ServicesResourceTransformer})
   */
  static ProbeSupport get() {
    return ProbeSupportHolder.INSTANCE;
  }
}
