package dev.sparkapp.core.probe;

import dev.sparkapp.core.DriverSpec;
import dev.sparkapp.core.ExecutorSpec;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.ScheduledSparkApplicationSpec;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPodSpec;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which preset becomes which probe of the driver and executor pods, and the step that attaches them to an
 * application. Immutable: each method returns a changed copy.
 *
 * <p>{@link #applyTo(SparkApplication)} returns a new application (the input is not changed) in which
 * <ul>
 *   <li>each probe sits in the pod template ({@code spec.driver.template}, {@code spec.executor.template})
 *       in the container Spark runs in ({@code spark-kubernetes-driver}, {@code spark-kubernetes-executor}),
 *       created when absent; the user's other containers, volumes, labels and container fields stay, and a
 *       probe of the same kind is replaced, so attaching twice gives the same result;</li>
 *   <li>the ports the probes use are pinned in {@code sparkConf} where not set ({@code spark.ui.port} 4040,
 *       {@code spark.driver.port} 7078, {@code spark.blockManager.port} 7079), and followed where set;</li>
 *   <li>for a log-staleness preset, the pod's JVM gets {@code -Dlog4j2.configurationFile=...} (added to
 *       {@code javaOptions}, or to {@code sparkConf["spark.driver.extraJavaOptions"]} /
 *       {@code ["spark.executor.extraJavaOptions"]} when only that is set), and the template gets a
 *       ConfigMap volume with the log4j2 configuration plus an emptyDir for the log file. Pod template
 *       volumes need no admission webhook, unlike {@code spec.driver.configMaps}. The ConfigMap itself,
 *       named {@code <application name>-log4j2}, is returned in {@link Probed#companions()} and must be
 *       applied with the application.</li>
 * </ul>
 * Pod templates need spark-operator 2.1.0 or later and Spark 3.0 or later.
 */
public final class ProbeSet {
  private static final ProbeSet NONE = new ProbeSet(new EnumMap<>(SparkPod.class));

  private final Map<SparkPod, Map<ProbeKind, ProbePreset>> presets;

  private ProbeSet(Map<SparkPod, Map<ProbeKind, ProbePreset>> presets) {
    this.presets = presets;
  }

  /** Returns the empty set, to add presets to. */
  public static ProbeSet none() {
    return NONE;
  }

  /** Returns a copy in which {@code preset} becomes the {@code kind} probe of {@code pod}. */
  public ProbeSet with(SparkPod pod, ProbeKind kind, ProbePreset preset) {
    Objects.requireNonNull(pod, "pod");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(preset, "preset");
    Map<SparkPod, Map<ProbeKind, ProbePreset>> copy = new EnumMap<>(SparkPod.class);
    presets.forEach((p, kinds) -> copy.put(p, new EnumMap<>(kinds)));
    copy.computeIfAbsent(pod, p -> new EnumMap<>(ProbeKind.class)).put(kind, preset);
    return new ProbeSet(copy);
  }

  /** Returns a copy with {@code preset} as the driver's liveness probe. */
  public ProbeSet driverLiveness(ProbePreset preset) {
    return with(SparkPod.DRIVER, ProbeKind.LIVENESS, preset);
  }

  /** Returns a copy with {@code preset} as the driver's readiness probe. */
  public ProbeSet driverReadiness(ProbePreset preset) {
    return with(SparkPod.DRIVER, ProbeKind.READINESS, preset);
  }

  /** Returns a copy with {@code preset} as the driver's startup probe. */
  public ProbeSet driverStartup(ProbePreset preset) {
    return with(SparkPod.DRIVER, ProbeKind.STARTUP, preset);
  }

  /** Returns a copy with {@code preset} as the executors' liveness probe. */
  public ProbeSet executorLiveness(ProbePreset preset) {
    return with(SparkPod.EXECUTOR, ProbeKind.LIVENESS, preset);
  }

  /** Returns a copy with {@code preset} as the executors' readiness probe. */
  public ProbeSet executorReadiness(ProbePreset preset) {
    return with(SparkPod.EXECUTOR, ProbeKind.READINESS, preset);
  }

  /** Returns a copy with {@code preset} as the executors' startup probe. */
  public ProbeSet executorStartup(ProbePreset preset) {
    return with(SparkPod.EXECUTOR, ProbeKind.STARTUP, preset);
  }

  /** Returns the preset that becomes the {@code kind} probe of {@code pod}, if any. */
  public Optional<ProbePreset> preset(SparkPod pod, ProbeKind kind) {
    return Optional.ofNullable(presets.getOrDefault(pod, Map.of()).get(kind));
  }

  /**
   * Returns {@code application} with the probes attached, plus its companion ConfigMap when a
   * log-staleness preset is used.
   *
   * @throws ProbePresetException when a preset does not fit the application
   */
  public Probed<SparkApplication> applyTo(SparkApplication application) {
    Attached attached = attach(application.spec(), FieldPath.of("spec"), application.metadata());
    SparkApplication result = SparkApplication.builder().from(application).spec(attached.spec).build();
    return new Probed<>(result, attached.companions);
  }

  /**
   * Returns {@code application} with the probes attached to its template ({@code spec.template}), plus
   * its companion ConfigMap when a log-staleness preset is used. Every run of the schedule shares it.
   *
   * @throws ProbePresetException when a preset does not fit the application, or it has no template
   */
  public Probed<ScheduledSparkApplication> applyTo(ScheduledSparkApplication application) {
    FieldPath base = FieldPath.of("spec", "template");
    SparkApplicationSpec template = application.spec().template().orElseThrow(() ->
        new ProbePresetException(base, "the ScheduledSparkApplication has no template to attach probes to; "
            + "set spec.template first"));
    Attached attached = attach(template, base, application.metadata());
    ScheduledSparkApplicationSpec spec =
        ScheduledSparkApplicationSpec.builder().from(application.spec()).template(attached.spec).build();
    ScheduledSparkApplication result = ScheduledSparkApplication.builder().from(application).spec(spec).build();
    return new Probed<>(result, attached.companions);
  }

  private record Attached(SparkApplicationSpec spec, List<ConfigMap> companions) {}

  private Attached attach(SparkApplicationSpec spec, FieldPath base,
      ObjectMeta metadata) {
    Map<String, String> conf = spec.sparkConf() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(spec.sparkConf());
    boolean pinned = false;
    for (Map.Entry<SparkPod, Map<ProbeKind, ProbePreset>> pod : presets.entrySet()) {
      for (Map.Entry<ProbeKind, ProbePreset> entry : pod.getValue().entrySet()) {
        FieldPath path = probePath(base, pod.getKey(), entry.getKey());
        for (Map.Entry<String, String> pin : entry.getValue().check().pins(pod.getKey(), conf, path).entrySet()) {
          if (conf.putIfAbsent(pin.getKey(), pin.getValue()) == null) {
            pinned = true;
          }
        }
      }
    }
    SparkApplicationSpec.Builder result = SparkApplicationSpec.builder().from(spec);
    if (pinned) {
      result.sparkConf(conf);
    }
    ConfigMapBuilder log4j2 = null;
    for (SparkPod pod : SparkPod.values()) {
      Map<ProbeKind, ProbePreset> kinds = presets.getOrDefault(pod, Map.of());
      if (kinds.isEmpty()) {
        continue;
      }
      Map<ProbeKind, Probe> probes = new EnumMap<>(ProbeKind.class);
      LogStalenessCheck logs = null;
      for (Map.Entry<ProbeKind, ProbePreset> entry : kinds.entrySet()) {
        FieldPath path = probePath(base, pod, entry.getKey());
        probes.put(entry.getKey(), entry.getValue().toProbe(entry.getKey(), pod, conf, path));
        if (entry.getValue().check() instanceof LogStalenessCheck check) {
          if (logs != null && !logs.logDirectory().equals(check.logDirectory())) {
            throw new ProbePresetException(path, "the log-staleness presets of the " + pod.specField()
                + " watch different directories (" + logs.logDirectory() + ", " + check.logDirectory()
                + "); one pod writes one log file: use the same directory");
          }
          logs = check;
        }
      }
      Optional<? extends SparkPodSpec> existing = pod.specIn(spec);
      FieldPath podPath = base.field(pod.specField());
      List<Volume> volumes = List.of();
      List<VolumeMount> mounts = List.of();
      String javaOptions = existing.flatMap(SparkPodSpec::javaOptions).orElse(null);
      if (logs != null) {
        if (log4j2 == null) {
          log4j2 = newConfigMap(metadata);
        }
        log4j2.addToData(Log4j2FileLogging.configKey(pod), Log4j2FileLogging.configuration(logs.logFile()));
        volumes = Log4j2FileLogging.volumes(log4j2.buildMetadata().getName());
        mounts = Log4j2FileLogging.mounts(logs.logDirectory());
        String option = Log4j2FileLogging.CONFIGURATION_OPTION + Log4j2FileLogging.configFile(pod);
        String confKey = "spark." + pod.specField() + ".extraJavaOptions";
        if (javaOptions == null && conf.containsKey(confKey)) {
          conf.put(confKey, JavaOptions.add(conf.get(confKey), option, base.field("sparkConf").field(confKey)));
          result.sparkConf(conf);
        } else {
          javaOptions = JavaOptions.add(javaOptions, option, podPath.field("javaOptions"));
        }
      }
      PodTemplateSpec template = PodTemplates.merge(existing.flatMap(SparkPodSpec::template).orElse(null), pod,
          probes, volumes, mounts, podPath.field("template"));
      if (pod == SparkPod.DRIVER) {
        DriverSpec.Builder driver = DriverSpec.builder();
        spec.driver().ifPresent(driver::from);
        result.driver(driver.template(template).javaOptions(javaOptions).build());
      } else {
        ExecutorSpec.Builder executor = ExecutorSpec.builder();
        spec.executor().ifPresent(executor::from);
        result.executor(executor.template(template).javaOptions(javaOptions).build());
      }
    }
    List<ConfigMap> companions = log4j2 == null ? List.of() : List.of(log4j2.build());
    return new Attached(result.build(), companions);
  }

  private static FieldPath probePath(FieldPath base, SparkPod pod, ProbeKind kind) {
    return pod.containerPath(base).field(kind.fieldName());
  }

  private static ConfigMapBuilder newConfigMap(ObjectMeta metadata) {
    String name = metadata == null ? null : metadata.getName();
    if (name == null || name.isBlank()) {
      throw new ProbePresetException(FieldPath.of("metadata", "name"),
          "the log-staleness preset names its log4j2 ConfigMap after the application; set metadata.name");
    }
    return new ConfigMapBuilder()
        .withNewMetadata()
        .withName(name + "-log4j2")
        .withNamespace(metadata.getNamespace())
        .addToLabels("app.kubernetes.io/managed-by", "sparkapp-sdk")
        .endMetadata();
  }

  /** Returns whether no preset is set. */
  public boolean isEmpty() {
    return presets.values().stream().allMatch(Map::isEmpty);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProbeSet other && presets.equals(other.presets);
  }

  @Override
  public int hashCode() {
    return presets.hashCode();
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    presets.forEach((pod, kinds) -> kinds.forEach((kind, preset) ->
        parts.add(pod.specField() + "." + kind.fieldName() + "=" + preset.name())));
    return "ProbeSet" + Collections.unmodifiableList(parts);
  }
}
