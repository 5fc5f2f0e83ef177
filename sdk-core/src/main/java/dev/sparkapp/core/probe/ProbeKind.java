package dev.sparkapp.core.probe;

/**
 * The three kinds of Kubernetes container probe, each named by the container field that holds it and
 * each with its own consequence when it fails.
 */
public enum ProbeKind {
  /** {@code livenessProbe}: failing it makes the kubelet kill the container. */
  LIVENESS("livenessProbe"),
  /** {@code readinessProbe}: failing it marks the pod unready (out of Service endpoints). */
  READINESS("readinessProbe"),
  /** {@code startupProbe}: holds back the other probes until it succeeds; failing it kills the container. */
  STARTUP("startupProbe");

  private final String fieldName;

  ProbeKind(String fieldName) {
    this.fieldName = fieldName;
  }

  /** Returns the container field that holds a probe of this kind, for example {@code livenessProbe}. */
  public String fieldName() {
    return fieldName;
  }
}
