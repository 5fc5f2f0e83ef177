package dev.sparkapp.core.probe;

import dev.sparkapp.core.ConnectExecutorSpec;
import dev.sparkapp.core.ConnectServerSpec;
import dev.sparkapp.core.DriverSpec;
import dev.sparkapp.core.ExecutorSpec;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.ScheduledSparkApplicationSpec;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkConnectSpec;
import dev.sparkapp.core.SparkPodSpec;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.core.TemplatedPod.ProbeMethods;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
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
import java.util.function.Consumer;
import javax.annotation.Nullable;

/**
 * Which preset becomes which probe of the driver and executor pods, and the one step that attaches
 * presets to a resource. Immutable: each method returns a changed copy.
 *
 * <p>Probes are usually given while building ({@code .driver(d -> d.livenessProbe(Probes.sparkUi()))},
 * see {@link ProbeMethods}); the resource's {@code build()} hands what the pod builders recorded to this
 * class. A {@code ProbeSet} serves resources that exist already, such as manifests read from YAML
 * ({@code sparkapp probes add}), with the same methods:
 *
 * <pre>{@code
 * SparkApplication probed = ProbeSet.none()
 *     .driver(d -> d.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi()))
 *     .executor(e -> e.livenessProbe(Probes.blockManager()))
 *     .applyTo(SparkYaml.strict().readApplication(yaml));
 * }</pre>
 *
 * Both routes run the same code and give the same manifest. {@link #applyTo(SparkApplication)} returns a new resource (the input is not changed) in which
 * <ul>
 *   <li>each probe sits in the pod template ({@code spec.driver.template}, {@code spec.executor.template})
 *       in the container Spark runs in ({@code spark-kubernetes-driver}, {@code spark-kubernetes-executor}),
 *       created when absent; the user's other containers, volumes, labels and container fields stay, and a
 *       probe of the same kind is replaced, so attaching twice gives the same result;</li>
 *   <li>the ports the probes use are pinned in {@code sparkConf} where not set ({@code spark.ui.port} 4040,
 *       {@code spark.driver.port} 7078, {@code spark.blockManager.port} 7079), and followed where set;</li>
 *   <li>for a log-staleness preset, the pod's JVM gets {@code -Dlog4j2.configurationFile=...} (added to
 *       {@code javaOptions}; when that is unset, {@code javaOptions} starts from {@code
 *       sparkConf["spark.driver.extraJavaOptions"]} / {@code ["spark.executor.extraJavaOptions"]}, which the
 *       operator would otherwise replace with {@code javaOptions}, and with its Prometheus agent under
 *       {@code spec.monitoring}; pods without a {@code javaOptions} field, such as SparkConnect's, get it
 *       in that {@code sparkConf} entry), and the template gets a
 *       ConfigMap volume with the log4j2 configuration plus an emptyDir for the log file. Pod template
 *       volumes need no admission webhook, unlike {@code spec.driver.configMaps}. The ConfigMap itself,
 *       named {@code <resource name>-log4j2}, is the resource's companion
 *       ({@link SparkResource#companions()}): {@code SparkYaml} writes it after the resource and {@code
 *       SparkClient} applies it with the resource, so it cannot be forgotten.</li>
 *   <li>for a job-progress preset, the template gets a small {@code emptyDir} ({@code sparkapp-job-progress})
 *       mounted in the Spark container for the probe's state file.</li>
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

  /**
   * Returns a copy with the driver probes that {@code probes} gives, with the pod builders' methods:
   * {@code driver(d -> d.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi()))}.
   */
  public ProbeSet driver(Consumer<? super ProbeMethods<?>> probes) {
    return with(SparkPod.DRIVER, probes);
  }

  /**
   * Returns a copy with the executor probes that {@code probes} gives, with the pod builders' methods:
   * {@code executor(e -> e.livenessProbe(Probes.blockManager()))}.
   */
  public ProbeSet executor(Consumer<? super ProbeMethods<?>> probes) {
    return with(SparkPod.EXECUTOR, probes);
  }

  private ProbeSet with(SparkPod pod, Consumer<? super ProbeMethods<?>> probes) {
    Recorder recorder = new Recorder();
    probes.accept(recorder);
    ProbeSet result = this;
    for (Map.Entry<ProbeKind, ProbePreset> entry : recorder.presets.entrySet()) {
      result = result.with(pod, entry.getKey(), entry.getValue());
    }
    return result;
  }

  /** Collects what a {@code driver(...)} or {@code executor(...)} lambda asks for. */
  private static final class Recorder implements ProbeMethods<Recorder> {
    private final Map<ProbeKind, ProbePreset> presets = new EnumMap<>(ProbeKind.class);

    @Override
    public Recorder putProbePresets(ProbeKind kind, ProbePreset preset) {
      presets.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(preset, "preset"));
      return this;
    }
  }

  /** Returns the preset that becomes the {@code kind} probe of {@code pod}, if any. */
  public Optional<ProbePreset> preset(SparkPod pod, ProbeKind kind) {
    return Optional.ofNullable(presets.getOrDefault(pod, Map.of()).get(kind));
  }

  /**
   * Returns {@code application} with the probes attached: this set's presets and those its pod builders
   * recorded. Returns {@code application} itself when there is nothing to attach.
   *
   * @throws ProbePresetException when a preset does not fit the application
   */
  public SparkApplication applyTo(SparkApplication application) {
    SparkApplicationSpec spec = attach(application.spec(), FieldPath.of("spec"), application.metadata());
    return spec == application.spec() ? application
        : SparkApplication.builder().from(application).spec(spec).build();
  }

  /**
   * Returns {@code application} with the probes attached to its template ({@code spec.template}); every
   * run of the schedule shares them and the companion ConfigMap. Returns {@code application} itself when
   * there is nothing to attach.
   *
   * @throws ProbePresetException when a preset does not fit the application, or it has no template
   */
  public ScheduledSparkApplication applyTo(ScheduledSparkApplication application) {
    FieldPath base = FieldPath.of("spec", "template");
    Optional<SparkApplicationSpec> template = application.spec().template();
    if (template.isEmpty()) {
      if (isEmpty()) {
        return application;
      }
      throw new ProbePresetException(base, "the ScheduledSparkApplication has no template to attach probes to; "
          + "set spec.template first");
    }
    SparkApplicationSpec spec = attach(template.get(), base, application.metadata());
    return spec == template.get() ? application : ScheduledSparkApplication.builder().from(application)
        .spec(ScheduledSparkApplicationSpec.builder().from(application.spec()).template(spec).build())
        .build();
  }

  /**
   * Returns {@code resource} with the probes attached when it is a SparkApplication, a
   * ScheduledSparkApplication or a SparkConnect, and any other resource (a ConfigMap beside the
   * application in a manifest) as it is: what {@code sparkapp probes add} does to each document it reads.
   *
   * @throws ProbePresetException when a preset does not fit the resource
   */
  public Object applyToAny(Object resource) {
    if (resource instanceof SparkApplication app) {
      return applyTo(app);
    } else if (resource instanceof ScheduledSparkApplication scheduled) {
      return applyTo(scheduled);
    } else if (resource instanceof SparkConnect connect) {
      return applyTo(connect);
    }
    return resource;
  }

  /**
   * Returns {@code connect} with the probes attached: the driver presets go to the Spark Connect server
   * ({@code spec.server.template}, container {@code spark-kubernetes-driver}, where the operator runs the
   * server), the executor presets to {@code spec.executor.template}; ports pinned in {@code spec.sparkConf}
   * as for applications ({@code spark.connect.grpc.binding.port} 15002 for {@link Probes#connectGrpc()}).
   * A SparkConnect's pods have no {@code javaOptions}: the log-staleness preset's JVM option goes to
   * {@code sparkConf["spark.driver.extraJavaOptions"]} / {@code ["spark.executor.extraJavaOptions"]}, which
   * the operator passes on; the log4j2 ConfigMap {@code <name>-log4j2} is its companion, as for
   * applications. Returns {@code connect} itself when there is nothing to attach.
   *
   * @throws ProbePresetException when a preset does not fit, or the server template has containers but
   *     none named {@code spark-kubernetes-driver} (the operator would then run the server in the first)
   */
  public SparkConnect applyTo(SparkConnect connect) {
    SparkConnectSpec spec = connect.spec();
    List<PodSlot> pods = pods(spec, FieldPath.of("spec"));
    Attached attached = attach(pods, spec.sparkConf(), FieldPath.of("spec", "sparkConf"), connect.metadata());
    if (attached == null) {
      return connect;
    }
    SparkConnectSpec.Builder result = SparkConnectSpec.builder().from(spec).sparkConf(attached.sparkConf());
    PodResult server = attached.pods().get(0);
    if (server != null) {
      requireServerContainer(pods.get(0));
      ConnectServerSpec.Builder builder = ConnectServerSpec.builder();
      spec.server().ifPresent(builder::from);
      result.server(builder.template(server.template()).probePresets(Map.of()).build());
    }
    PodResult executor = attached.pods().get(1);
    if (executor != null) {
      ConnectExecutorSpec.Builder builder = ConnectExecutorSpec.builder();
      spec.executor().ifPresent(builder::from);
      result.executor(builder.template(executor.template()).probePresets(Map.of()).build());
    }
    return SparkConnect.builder().from(connect).spec(result.build()).build();
  }

  private static void requireServerContainer(PodSlot server) {
    PodTemplateSpec template = server.template();
    List<Container> containers = template == null || template.getSpec() == null
        || template.getSpec().getContainers() == null ? List.of() : template.getSpec().getContainers();
    if (!containers.isEmpty()
        && containers.stream().noneMatch(c -> ConnectServerSpec.SERVER_CONTAINER.equals(c.getName()))) {
      throw new ProbePresetException(server.path().field("template").field("spec").field("containers"),
          "no container is named '" + ConnectServerSpec.SERVER_CONTAINER + "', so the operator runs the Spark "
              + "Connect server in the first one ('" + containers.get(0).getName() + "'): name that container '"
              + ConnectServerSpec.SERVER_CONTAINER + "' so that the probes check the server");
    }
  }

  /** The server (Spark's driver) and executors of a SparkConnect's spec, at {@code base}; no javaOptions. */
  private static List<PodSlot> pods(SparkConnectSpec spec, FieldPath base) {
    return List.of(new PodSlot(SparkPod.DRIVER, base.field("server"), spec.server().orElse(null), false, null),
        new PodSlot(SparkPod.EXECUTOR, base.field("executor"), spec.executor().orElse(null), false, null));
  }

  /**
   * Returns the companion resources of {@code resource}: the log4j2 ConfigMap its pod templates mount for
   * a log-staleness probe, none otherwise. This is {@link SparkResource#companions()}; call that.
   */
  public static List<ConfigMap> companionsOf(SparkResource resource) {
    if (resource instanceof SparkConnect connect) {
      return Log4j2FileLogging.companions(resource.metadata(), pods(connect.spec(), FieldPath.root()));
    }
    Optional<SparkApplicationSpec> spec = resource instanceof SparkApplication app ? Optional.of(app.spec())
        : resource instanceof ScheduledSparkApplication scheduled ? scheduled.spec().template() : Optional.empty();
    return spec.map(s -> Log4j2FileLogging.companions(resource.metadata(), pods(s, FieldPath.root())))
        .orElse(List.of());
  }

  /** The driver and executor of a SparkApplication's spec, at {@code base}. */
  private static List<PodSlot> pods(SparkApplicationSpec spec, FieldPath base) {
    return List.of(pod(SparkPod.DRIVER, base, spec.driver()), pod(SparkPod.EXECUTOR, base, spec.executor()));
  }

  private static PodSlot pod(SparkPod role, FieldPath base, Optional<? extends SparkPodSpec> spec) {
    return new PodSlot(role, base.field(role.specField()), spec.orElse(null), true,
        spec.flatMap(SparkPodSpec::javaOptions).orElse(null));
  }

  private SparkApplicationSpec attach(SparkApplicationSpec spec, FieldPath base, ObjectMeta metadata) {
    Attached attached = attach(pods(spec, base), spec.sparkConf(), base.field("sparkConf"), metadata);
    if (attached == null) {
      return spec;
    }
    SparkApplicationSpec.Builder result = SparkApplicationSpec.builder().from(spec).sparkConf(attached.sparkConf());
    PodResult driver = attached.pods().get(0);
    if (driver != null) {
      DriverSpec.Builder builder = DriverSpec.builder();
      spec.driver().ifPresent(builder::from);
      result.driver(builder.template(driver.template()).javaOptions(driver.javaOptions()).probePresets(Map.of())
          .build());
    }
    PodResult executor = attached.pods().get(1);
    if (executor != null) {
      ExecutorSpec.Builder builder = ExecutorSpec.builder();
      spec.executor().ifPresent(builder::from);
      result.executor(builder.template(executor.template()).javaOptions(executor.javaOptions())
          .probePresets(Map.of()).build());
    }
    return result.build();
  }

  /** What attaching changed: the whole {@code sparkConf}, and per pod its new template and javaOptions. */
  record Attached(@Nullable Map<String, String> sparkConf, List<PodResult> pods) {}

  /** A pod's new template and {@code javaOptions}; {@code null} in {@link Attached#pods()} when unchanged. */
  record PodResult(PodTemplateSpec template, @Nullable String javaOptions) {}

  /**
   * Attaches the presets for {@code pods} (those their builders recorded, replaced by this set's) to a
   * resource whose {@code sparkConf} is {@code sparkConf} at {@code confPath}. Generic over the resource:
   * each resource kind lists its pods and writes the result back. Returns {@code null} when no pod has a
   * preset.
   */
  @Nullable
  Attached attach(List<PodSlot> pods, @Nullable Map<String, String> sparkConf, FieldPath confPath,
      ObjectMeta metadata) {
    List<Map<ProbeKind, ProbePreset>> wanted = new ArrayList<>(pods.size());
    boolean any = false;
    for (PodSlot pod : pods) {
      Map<ProbeKind, ProbePreset> kinds = new EnumMap<>(ProbeKind.class);
      kinds.putAll(pod.recorded());
      kinds.putAll(presets.getOrDefault(pod.role(), Map.of()));
      wanted.add(kinds);
      any |= !kinds.isEmpty();
    }
    if (!any) {
      return null;
    }
    Map<String, String> conf = sparkConf == null ? new LinkedHashMap<>() : new LinkedHashMap<>(sparkConf);
    boolean confChanged = false;
    for (int i = 0; i < pods.size(); i++) {
      for (Map.Entry<ProbeKind, ProbePreset> entry : wanted.get(i).entrySet()) {
        FieldPath path = pods.get(i).probePath(entry.getKey());
        for (Map.Entry<String, String> pin : entry.getValue().check().pins(pods.get(i).role(), conf, path).entrySet()) {
          confChanged |= conf.putIfAbsent(pin.getKey(), pin.getValue()) == null;
        }
      }
    }
    List<PodResult> results = new ArrayList<>(pods.size());
    for (int i = 0; i < pods.size(); i++) {
      PodSlot pod = pods.get(i);
      Map<ProbeKind, ProbePreset> kinds = wanted.get(i);
      if (kinds.isEmpty()) {
        results.add(null);
        continue;
      }
      Map<ProbeKind, Probe> probes = new EnumMap<>(ProbeKind.class);
      LogStalenessCheck logs = null;
      for (Map.Entry<ProbeKind, ProbePreset> entry : kinds.entrySet()) {
        FieldPath path = pod.probePath(entry.getKey());
        probes.put(entry.getKey(), entry.getValue().toProbe(entry.getKey(), pod.role(), conf, path));
        if (entry.getValue().check() instanceof LogStalenessCheck check) {
          if (logs != null && !logs.logDirectory().equals(check.logDirectory())) {
            throw new ProbePresetException(path, "the log-staleness presets of " + pod.path()
                + " watch different directories (" + logs.logDirectory() + ", " + check.logDirectory()
                + "); one pod writes one log file: use the same directory");
          }
          logs = check;
        }
      }
      List<Volume> volumes = new ArrayList<>();
      List<VolumeMount> mounts = new ArrayList<>();
      String javaOptions = pod.javaOptions();
      for (ProbePreset preset : kinds.values()) {
        volumes.addAll(preset.check().volumes());
        mounts.addAll(preset.check().mounts());
      }
      if (logs != null) {
        volumes.addAll(Log4j2FileLogging.volumes(Log4j2FileLogging.configMapName(metadata)));
        mounts.addAll(Log4j2FileLogging.mounts(logs.logDirectory()));
        String option = Log4j2FileLogging.CONFIGURATION_OPTION + Log4j2FileLogging.configFile(pod.role());
        String confKey = "spark." + pod.role().specField() + ".extraJavaOptions";
        if (!pod.hasJavaOptions()) {
          conf.put(confKey, JavaOptions.add(conf.get(confKey), option, confPath.field(confKey)));
          confChanged = true;
        } else if (javaOptions != null) {
          javaOptions = JavaOptions.add(javaOptions, option, pod.path().field("javaOptions"));
        } else {
          // The operator passes javaOptions as spark.<pod>.extraJavaOptions after sparkConf (later wins), and
          // its Prometheus monitoring sets javaOptions to its JMX agent when unset: an option in sparkConf
          // alone would be lost. So the option goes to javaOptions, seeded with sparkConf's value.
          javaOptions = JavaOptions.add(conf.get(confKey), option, confPath.field(confKey));
        }
      }
      results.add(new PodResult(PodTemplates.merge(pod.template(), pod.role(), probes, volumes, mounts,
          pod.path().field("template")), javaOptions));
    }
    return new Attached(confChanged ? conf : sparkConf, Collections.unmodifiableList(results));
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
