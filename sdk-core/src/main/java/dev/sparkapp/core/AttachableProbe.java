package dev.sparkapp.core;

/**
 * A probe that a pod's builder records ({@code .driver(d -> d.livenessProbe(Probes.sparkUi()))}) for the
 * resource's {@code build()} to attach. Its one implementation is {@code dev.sparkapp.core.probe.ProbePreset},
 * made by {@code dev.sparkapp.core.probe.Probes}; the model names this interface so that it does not
 * depend on the probe package (which reads the model). Attaching a probe of another implementation fails
 * with {@code ProbePresetException}.
 */
public interface AttachableProbe {
  /** Returns the preset's name, one of {@code Probes.NAMES}, or {@code custom} for a probe written by hand. */
  String name();
}
