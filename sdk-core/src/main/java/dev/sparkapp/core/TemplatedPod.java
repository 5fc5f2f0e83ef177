package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.Map;
import java.util.Optional;

/**
 * A Spark pod described by a pod template, such as the driver ({@link DriverSpec}) or the executors
 * ({@link ExecutorSpec}): the kind of pod that probes can be attached to while it is being built.
 *
 * <p>The builders of these pods have {@code livenessProbe}, {@code readinessProbe} and {@code
 * startupProbe} methods ({@link ProbeMethods}). They record the probe in {@link #probePresets()}; the
 * resource's {@code build()} ({@code SparkApplication.builder()...build()}) then attaches each recorded
 * probe exactly as {@code ProbeSet} does, because it is {@code ProbeSet} that does it: the probe goes
 * into the template's Spark container, ports are pinned in the resource's {@code sparkConf}, file
 * logging is wired for log staleness, and the recorded presets are cleared. In a built resource {@code
 * probePresets()} is therefore always empty and the probes are in {@link #template()}.
 */
public interface TemplatedPod extends RecordedProbes {
  /**
   * Template is a pod template that can be used to define the driver or executor pod configurations that
   * Spark configurations do not support. <p>Manifest field {@code template}.
   */
  Optional<PodTemplateSpec> template();

  @Override
  @JsonIgnore
  Map<ProbeKind, AttachableProbe> probePresets();

  /**
   * The probe methods of a pod's builder. Each records a probe for the resource's {@code build()} to
   * attach, replacing a probe of the same kind recorded before:
   *
   * <pre>{@code
   * .driver(d -> d.cores(1).memory("512m")
   *     .startupProbe(Probes.sparkUi())
   *     .livenessProbe(Probes.logStaleness(Duration.ofMinutes(10))))
   * .executor(e -> e.instances(2).livenessProbe(Probes.blockManager()))
   * }</pre>
   *
   * @param <B> the builder type, returned for chaining
   */
  interface ProbeMethods<B extends ProbeMethods<B>> {
    /**
     * Records {@code preset} as the probe of kind {@code kind}; the resource's {@code build()} attaches it.
     *
     * @return this builder
     */
    B putProbePresets(ProbeKind kind, AttachableProbe preset);

    /**
     * Records {@code preset} as the liveness probe of the pod's Spark container.
     *
     * @return this builder
     */
    default B livenessProbe(AttachableProbe preset) {
      return putProbePresets(ProbeKind.LIVENESS, preset);
    }

    /**
     * Records {@code probe}, as written, as the liveness probe of the pod's Spark container
     * ({@code Probes.custom(Probe)}).
     *
     * @return this builder
     */
    default B livenessProbe(Probe probe) {
      return livenessProbe(ProbeSupport.get().custom(probe));
    }

    /**
     * Records {@code preset} as the readiness probe of the pod's Spark container.
     *
     * @return this builder
     */
    default B readinessProbe(AttachableProbe preset) {
      return putProbePresets(ProbeKind.READINESS, preset);
    }

    /**
     * Records {@code probe}, as written, as the readiness probe of the pod's Spark container
     * ({@code Probes.custom(Probe)}).
     *
     * @return this builder
     */
    default B readinessProbe(Probe probe) {
      return readinessProbe(ProbeSupport.get().custom(probe));
    }

    /**
     * Records {@code preset} as the startup probe of the pod's Spark container.
     *
     * @return this builder
     */
    default B startupProbe(AttachableProbe preset) {
      return putProbePresets(ProbeKind.STARTUP, preset);
    }

    /**
     * Records {@code probe}, as written, as the startup probe of the pod's Spark container
     * ({@code Probes.custom(Probe)}).
     *
     * @return this builder
     */
    default B startupProbe(Probe probe) {
      return startupProbe(ProbeSupport.get().custom(probe));
    }
  }
}
