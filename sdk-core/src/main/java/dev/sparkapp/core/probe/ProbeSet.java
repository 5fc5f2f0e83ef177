package dev.sparkapp.core.probe;

import dev.sparkapp.core.DriverSpec;
import dev.sparkapp.core.ExecutorSpec;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.ScheduledSparkApplicationSpec;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPodResources;
import dev.sparkapp.core.SparkPodSpec;
import dev.sparkapp.core.ConnectExecutorSpec;
import dev.sparkapp.core.ConnectServerSpec;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkConnectSpec;
import io.fabric8.kubernetes.api.model.Container;
import javax.annotation.Nullable;
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

  /**
   * Returns {@code connect} with the probes attached: the driver presets go to the Spark Connect server
   * ({@code spec.server.template}, container {@code spark-kubernetes-driver}, where the operator runs the
   * server), the executor presets to {@code spec.executor.template}; ports pinned in {@code spec.sparkConf}
   * as for applications ({@code spark.connect.grpc.binding.port} 15002 for {@link Probes#connectGrpc()}).
   * A SparkConnect's pods have no {@code javaOptions}: the log-staleness preset's JVM option goes to
   * {@code sparkConf["spark.driver.extraJavaOptions"]} / {@code ["spark.executor.extraJavaOptions"]}, which
   * the operator passes on. The companion log4j2 ConfigMap is {@code <name>-log4j2}, as for applications.
   *
   * @throws ProbePresetException when a preset does not fit, or the server template has containers but
   *     none named {@code spark-kubernetes-driver} (the operator would then run the server in the first)
   */
  public Probed<SparkConnect> applyTo(SparkConnect connect) {
    SparkConnectSpec spec = connect.spec();
    FieldPath base = FieldPath.of("spec");
    Map<String, String> conf = spec.sparkConf() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(spec.sparkConf());
    boolean changedConf = pin(conf, pod -> podPath(base, pod, true));
    SparkConnectSpec.Builder result = SparkConnectSpec.builder().from(spec);
    Log4j2Companion log4j2 = new Log4j2Companion(connect.metadata());
    for (SparkPod pod : SparkPod.values()) {
      Map<ProbeKind, ProbePreset> kinds = presets.getOrDefault(pod, Map.of());
      if (kinds.isEmpty()) {
        continue;
      }
      FieldPath podPath = podPath(base, pod, true);
      Optional<? extends SparkPodResources> existing = pod == SparkPod.DRIVER ? spec.server() : spec.executor();
      PodTemplateSpec template = existing.flatMap(SparkPodResources::template).orElse(null);
      if (pod == SparkPod.DRIVER) {
        requireServerContainer(template, podPath);
      }
      PodProbes probes = podProbes(pod, kinds, conf, podPath);
      if (probes.logs() != null) {
        String confKey = "spark." + pod.specField() + ".extraJavaOptions";
        conf.put(confKey, JavaOptions.add(conf.get(confKey), log4j2.option(pod, probes.logs()),
            base.field("sparkConf").field(confKey)));
        changedConf = true;
      }
      template = PodTemplates.merge(template, pod, probes.probes(), log4j2.volumes(probes.logs()),
          log4j2.mounts(probes.logs()), podPath.field("template"));
      if (pod == SparkPod.DRIVER) {
        ConnectServerSpec.Builder server = ConnectServerSpec.builder();
        spec.server().ifPresent(server::from);
        result.server(server.template(template).build());
      } else {
        ConnectExecutorSpec.Builder executor = ConnectExecutorSpec.builder();
        spec.executor().ifPresent(executor::from);
        result.executor(executor.template(template).build());
      }
    }
    if (changedConf) {
      result.sparkConf(conf);
    }
    SparkConnect probed = SparkConnect.builder().from(connect).spec(result.build()).build();
    return new Probed<>(probed, log4j2.companions());
  }

  private static void requireServerContainer(@Nullable PodTemplateSpec template, FieldPath podPath) {
    List<Container> containers = template == null || template.getSpec() == null || template.getSpec().getContainers() == null
        ? List.of() : template.getSpec().getContainers();
    if (!containers.isEmpty()
        && containers.stream().noneMatch(c -> ConnectServerSpec.SERVER_CONTAINER.equals(c.getName()))) {
      throw new ProbePresetException(podPath.field("template").field("spec").field("containers"),
          "no container is named '" + ConnectServerSpec.SERVER_CONTAINER + "', so the operator runs the Spark "
              + "Connect server in the first one ('" + containers.get(0).getName() + "'): name that container '"
              + ConnectServerSpec.SERVER_CONTAINER + "' so that the probes check the server");
    }
  }

  private record Attached(SparkApplicationSpec spec, List<ConfigMap> companions) {}

  private Attached attach(SparkApplicationSpec spec, FieldPath base,
      ObjectMeta metadata) {
    Map<String, String> conf = spec.sparkConf() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(spec.sparkConf());
    boolean pinned = pin(conf, pod -> podPath(base, pod, false));
    SparkApplicationSpec.Builder result = SparkApplicationSpec.builder().from(spec);
    if (pinned) {
      result.sparkConf(conf);
    }
    Log4j2Companion log4j2 = new Log4j2Companion(metadata);
    for (SparkPod pod : SparkPod.values()) {
      Map<ProbeKind, ProbePreset> kinds = presets.getOrDefault(pod, Map.of());
      if (kinds.isEmpty()) {
        continue;
      }
      FieldPath podPath = podPath(base, pod, false);
      PodProbes probes = podProbes(pod, kinds, conf, podPath);
      Optional<? extends SparkPodSpec> existing = pod.specIn(spec);
      String javaOptions = existing.flatMap(SparkPodSpec::javaOptions).orElse(null);
      if (probes.logs() != null) {
        String option = log4j2.option(pod, probes.logs());
        String confKey = "spark." + pod.specField() + ".extraJavaOptions";
        if (javaOptions == null && conf.containsKey(confKey)) {
          conf.put(confKey, JavaOptions.add(conf.get(confKey), option, base.field("sparkConf").field(confKey)));
          result.sparkConf(conf);
        } else {
          javaOptions = JavaOptions.add(javaOptions, option, podPath.field("javaOptions"));
        }
      }
      PodTemplateSpec template = PodTemplates.merge(existing.flatMap(SparkPodSpec::template).orElse(null), pod,
          probes.probes(), log4j2.volumes(probes.logs()), log4j2.mounts(probes.logs()), podPath.field("template"));
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
    return new Attached(result.build(), log4j2.companions());
  }

  /** Pins the ports the presets use in {@code conf} where not set; returns whether it added any. */
  private boolean pin(Map<String, String> conf, java.util.function.Function<SparkPod, FieldPath> podPaths) {
    boolean pinned = false;
    for (Map.Entry<SparkPod, Map<ProbeKind, ProbePreset>> pod : presets.entrySet()) {
      for (Map.Entry<ProbeKind, ProbePreset> entry : pod.getValue().entrySet()) {
        FieldPath path = probePath(podPaths.apply(pod.getKey()), pod.getKey(), entry.getKey());
        for (Map.Entry<String, String> pin : entry.getValue().check().pins(pod.getKey(), conf, path).entrySet()) {
          if (conf.putIfAbsent(pin.getKey(), pin.getValue()) == null) {
            pinned = true;
          }
        }
      }
    }
    return pinned;
  }

  /** The probes of one pod, and its log-staleness check when it has one. */
  private record PodProbes(Map<ProbeKind, Probe> probes, @Nullable LogStalenessCheck logs) {}

  private static PodProbes podProbes(SparkPod pod, Map<ProbeKind, ProbePreset> kinds, Map<String, String> conf,
      FieldPath podPath) {
    Map<ProbeKind, Probe> probes = new EnumMap<>(ProbeKind.class);
    LogStalenessCheck logs = null;
    for (Map.Entry<ProbeKind, ProbePreset> entry : kinds.entrySet()) {
      FieldPath path = probePath(podPath, pod, entry.getKey());
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
    return new PodProbes(probes, logs);
  }

  /**
   * The log4j2 ConfigMap that log-staleness presets need, named after the resource and built on first use,
   * with the volumes, mounts and JVM option that wire it into a pod.
   */
  private static final class Log4j2Companion {
    private final ObjectMeta metadata;
    private ConfigMapBuilder configMap;

    Log4j2Companion(ObjectMeta metadata) {
      this.metadata = metadata;
    }

    /** Adds the configuration of {@code pod} and returns the JVM option that points log4j2 at it. */
    String option(SparkPod pod, LogStalenessCheck logs) {
      if (configMap == null) {
        configMap = newConfigMap(metadata);
      }
      configMap.addToData(Log4j2FileLogging.configKey(pod), Log4j2FileLogging.configuration(logs.logFile()));
      return Log4j2FileLogging.CONFIGURATION_OPTION + Log4j2FileLogging.configFile(pod);
    }

    List<Volume> volumes(@Nullable LogStalenessCheck logs) {
      return logs == null ? List.of() : Log4j2FileLogging.volumes(configMap.buildMetadata().getName());
    }

    List<VolumeMount> mounts(@Nullable LogStalenessCheck logs) {
      return logs == null ? List.of() : Log4j2FileLogging.mounts(logs.logDirectory());
    }

    List<ConfigMap> companions() {
      return configMap == null ? List.of() : List.of(configMap.build());
    }
  }

  /** The path of the pod's spec: {@code driver}/{@code executor}, or {@code server}/{@code executor} of a SparkConnect. */
  private static FieldPath podPath(FieldPath base, SparkPod pod, boolean connect) {
    return base.field(connect && pod == SparkPod.DRIVER ? "server" : pod.specField());
  }

  private static FieldPath probePath(FieldPath podPath, SparkPod pod, ProbeKind kind) {
    return podPath.field("template").field("spec").field("containers").named(pod.containerName())
        .field(kind.fieldName());
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
