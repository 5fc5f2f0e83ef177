package dev.sparkapp.core.probe;

import dev.sparkapp.core.AttachableProbe;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.KindPod;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkPod;
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

  /**
   * Returns a copy with the probes of a SparkCluster's master ({@code spec.masterSpec}) that {@code probes}
   * gives: {@code master(m -> m.livenessProbe(Probes.sparkUi()).readinessProbe(Probes.masterRpc()))}.
   */
  public ProbeSet master(Consumer<? super ProbeMethods<?>> probes) {
    return with(SparkPod.MASTER, probes);
  }

  /**
   * Returns a copy with the probes of a SparkCluster's workers ({@code spec.workerSpec}) that {@code probes}
   * gives: {@code worker(w -> w.livenessProbe(Probes.sparkUi()))}.
   */
  public ProbeSet worker(Consumer<? super ProbeMethods<?>> probes) {
    return with(SparkPod.WORKER, probes);
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
    public Recorder putProbePresets(ProbeKind kind, AttachableProbe preset) {
      presets.put(Objects.requireNonNull(kind, "kind"), ProbePreset.from(Objects.requireNonNull(preset, "preset"), null));
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
    return attach(ResourceKinds.of(SparkApplication.class), application);
  }

  /**
   * Returns {@code application} with the probes attached to its template ({@code spec.template}); every
   * run of the schedule shares them and the companion ConfigMap. Returns {@code application} itself when
   * there is nothing to attach.
   *
   * @throws ProbePresetException when a preset does not fit the application, or it has no template
   */
  public ScheduledSparkApplication applyTo(ScheduledSparkApplication application) {
    return attach(ResourceKinds.of(ScheduledSparkApplication.class), application);
  }

  /**
   * Returns {@code resource} with the probes attached when it is of a kind the SDK models ({@link
   * ResourceKinds}: kubeflow's SparkApplication, ScheduledSparkApplication and SparkConnect, the Apache
   * operator's SparkApplication and SparkCluster), each preset on the pods of its role, and any other
   * resource (a ConfigMap beside the application in a manifest) as it is: what {@code sparkapp probes
   * add} does to each document it reads.
   *
   * @throws ProbePresetException when a preset does not fit the resource
   */
  public Object applyToAny(Object resource) {
    Optional<ResourceKind<?>> kind = ResourceKinds.find(resource);
    return kind.isPresent() ? attachAny(kind.get(), resource) : resource;
  }

  private <R extends SparkResource> R attachAny(ResourceKind<R> kind, Object resource) {
    return attach(kind, kind.cast(resource));
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
    return attach(ResourceKinds.of(SparkConnect.class), connect);
  }

  /**
   * Attaches the presets to {@code resource} through its kind's declaration: each declared pod's recorded
   * presets, replaced by this set's for its role, go to the Spark container its rule picks; ports are
   * pinned in the kind's {@code sparkConf}.
   */
  private <R extends SparkResource> R attach(ResourceKind<R> kind, R resource) {
    Optional<FieldPath> missing = kind.missingPodHost(resource);
    if (missing.isPresent()) {
      if (isEmpty()) {
        return resource;
      }
      String text = missing.get().toString();
      throw new ProbePresetException(missing.get(), "the " + kind.kind() + " has no "
          + text.substring(text.lastIndexOf('.') + 1) + " to attach probes to; set " + text + " first");
    }
    Map<String, String> sparkConf = kind.sparkConfOrNull(resource);
    Map<String, String> conf = sparkConf == null ? Map.of() : sparkConf;
    List<KindPod<R>> declared = kind.pods(resource);
    requireSomeRoleDeclared(kind, declared);
    List<PodSlot> pods = new ArrayList<>(declared.size());
    declared.forEach(pod -> pods.add(PodSlot.of(pod, resource, conf)));
    Attached attached = attach(pods, sparkConf, kind.sparkConfPath(), resource.metadata());
    if (attached == null) {
      return resource;
    }
    R result = attached.sparkConf() == sparkConf ? resource : kind.withSparkConf(resource, attached.sparkConf());
    for (int i = 0; i < declared.size(); i++) {
      PodResult pod = attached.pods().get(i);
      if (pod != null) {
        requireNamedContainer(pods.get(i));
        result = declared.get(i).write(result, pod.template(), pod.javaOptions());
      }
    }
    return result;
  }

  /**
   * Refuses a set whose presets are all for roles that {@code kind} has no pod of (driver presets for a
   * SparkCluster, master presets for an application), which would otherwise attach nothing without a word.
   */
  private void requireSomeRoleDeclared(ResourceKind<?> kind, List<? extends KindPod<?>> declared) {
    List<SparkPod> wanted = presets.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
        .toList();
    List<SparkPod> roles = declared.stream().map(KindPod::role).toList();
    if (!wanted.isEmpty() && wanted.stream().noneMatch(roles::contains)) {
      throw new ProbePresetException(FieldPath.of("spec"), "a " + kind.kind() + " has no "
          + wanted.stream().map(SparkPod::specField).toList() + " pod to attach these probes to; its pods are "
          + declared.stream().map(p -> p.role().specField() + " (" + p.templatePath() + ")").toList()
          + ": give the presets for those roles");
    }
  }

  /** Refuses a pod whose kind needs the configured container name when no template container has it. */
  private static void requireNamedContainer(PodSlot pod) {
    Optional<String> what = pod.declaration().requiresNamedContainer();
    Optional<String> name = pod.rule().configuredName(pod.sparkConf());
    List<Container> containers = pod.containers();
    if (what.isPresent() && name.isPresent() && !containers.isEmpty()
        && containers.stream().noneMatch(c -> name.get().equals(c.getName()))) {
      throw new ProbePresetException(pod.declaration().containersPath(),
          "no container is named '" + name.get() + "', so the operator runs " + what.get()
              + " in the first one ('" + containers.get(0).getName() + "'): name that container '"
              + name.get() + "' so that the probes check " + pod.declaration().requiresNamedContainerShort());
    }
  }

  /**
   * Returns the companion resources of {@code resource}: the log4j2 ConfigMap its pod templates mount for
   * a log-staleness probe, none otherwise. This is {@link SparkResource#companions()}; call that.
   */
  public static List<ConfigMap> companionsOf(SparkResource resource) {
    Optional<ResourceKind<?>> kind = ResourceKinds.find(resource);
    return kind.isPresent() ? companionsOf(kind.get(), resource) : List.of();
  }

  private static <R extends SparkResource> List<ConfigMap> companionsOf(ResourceKind<R> kind, Object resource) {
    R typed = kind.cast(resource);
    Map<String, String> conf = kind.sparkConf(typed);
    List<PodSlot> pods = kind.pods(typed).stream().map(pod -> PodSlot.of(pod, typed, conf)).toList();
    return Log4j2FileLogging.companions(typed.metadata(), pods);
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
    SparkConfAt confAt = new SparkConfAt(conf, confPath); // sees the pins added to conf below
    boolean confChanged = false;
    for (int i = 0; i < pods.size(); i++) {
      for (Map.Entry<ProbeKind, ProbePreset> entry : wanted.get(i).entrySet()) {
        FieldPath path = pods.get(i).probePath(entry.getKey());
        for (Map.Entry<String, String> pin : entry.getValue().check().pins(pods.get(i).role(), confAt, path).entrySet()) {
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
        probes.put(entry.getKey(), entry.getValue().toProbe(entry.getKey(), pod.role(), confAt, path));
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
      results.add(new PodResult(PodTemplates.merge(pod.template(), pod.rule(), pod.sparkConf(), probes, volumes,
          mounts, pod.declaration().templatePath()), javaOptions));
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
