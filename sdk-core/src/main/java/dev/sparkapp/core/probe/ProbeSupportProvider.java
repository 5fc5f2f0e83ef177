package dev.sparkapp.core.probe;

import dev.sparkapp.core.AttachableProbe;
import dev.sparkapp.core.ProbeSupport;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.List;

/**
 * The presets' side of {@link ProbeSupport}, which the model finds with {@link java.util.ServiceLoader}
 * (registered in sdk-core's {@code META-INF/services}). Public only because the service loader requires
 * it; use {@link ProbeSet}, {@link Probes} and {@link SparkResource#companions()} instead.
 */
public final class ProbeSupportProvider implements ProbeSupport {
  /** Creates the provider; called by the service loader. */
  public ProbeSupportProvider() {}

  /** Returns {@link Probes#custom(Probe)}. */
  @Override
  public AttachableProbe custom(Probe probe) {
    return Probes.custom(probe);
  }

  /** Returns {@code ProbeSet.none().applyTo(resource)}. */
  @Override
  @SuppressWarnings("unchecked") // attaching keeps the resource's kind
  public <R extends SparkResource> R attachRecorded(R resource) {
    return (R) ProbeSet.none().applyToAny(resource);
  }

  /** Returns {@link ProbeSet#companionsOf(SparkResource)}. */
  @Override
  public List<ConfigMap> companions(SparkResource resource) {
    return ProbeSet.companionsOf(resource);
  }
}
