package dev.sparkapp.core.probe;

import io.fabric8.kubernetes.api.model.ConfigMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of attaching probes with {@link ProbeSet}: the changed resource and the companion resources
 * it needs, such as the ConfigMap with the log4j2 configuration of the log-staleness preset. Apply or
 * render all of {@link #resources()} together.
 *
 * @param <T> the kind of resource probes were attached to
 */
public final class Probed<T> {
  private final T resource;
  private final List<ConfigMap> companions;

  Probed(T resource, List<ConfigMap> companions) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.companions = List.copyOf(companions);
  }

  /** Returns the resource with the probes attached. */
  public T resource() {
    return resource;
  }

  /**
   * Returns the ConfigMaps the resource refers to, empty unless a log-staleness preset is attached.
   * Like all fabric8 objects they are mutable beans: treat them as read-only.
   */
  public List<ConfigMap> companions() {
    return companions;
  }

  /** Returns the resource followed by its companions, ready for a multi-document manifest. */
  public List<Object> resources() {
    List<Object> all = new ArrayList<>(1 + companions.size());
    all.add(resource);
    all.addAll(companions);
    return List.copyOf(all);
  }

  @Override
  public String toString() {
    return "Probed{resource=" + resource + ", companions=" + companions.size() + "}";
  }
}
