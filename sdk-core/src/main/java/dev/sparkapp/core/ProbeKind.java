package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.function.Function;
import javax.annotation.Nullable;

/**
 * The three kinds of Kubernetes container probe, each named by the container field that holds it and
 * each with its own consequence when it fails. This enum is the SDK's one mapping between a kind and its
 * container field: read a probe with {@link #of(Container)}, name its field with {@link #fieldName()}.
 */
public enum ProbeKind {
  /** {@code livenessProbe}: failing it makes the kubelet kill the container. */
  LIVENESS("livenessProbe", Container::getLivenessProbe),
  /** {@code readinessProbe}: failing it marks the pod unready (out of Service endpoints). */
  READINESS("readinessProbe", Container::getReadinessProbe),
  /** {@code startupProbe}: holds back the other probes until it succeeds; failing it kills the container. */
  STARTUP("startupProbe", Container::getStartupProbe);

  private final String fieldName;
  private final Function<Container, Probe> getter;

  ProbeKind(String fieldName, Function<Container, Probe> getter) {
    this.fieldName = fieldName;
    this.getter = getter;
  }

  /** Returns the container field that holds a probe of this kind, for example {@code livenessProbe}. */
  public String fieldName() {
    return fieldName;
  }

  /** Returns the probe of this kind in {@code container}, or {@code null} when it has none. */
  @Nullable
  public Probe of(Container container) {
    return getter.apply(container);
  }
}
