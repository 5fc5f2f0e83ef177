package dev.sparkapp.core.validate;

import dev.sparkapp.core.MonitoringSpec;
import dev.sparkapp.core.NamePath;
import dev.sparkapp.core.Port;
import dev.sparkapp.core.PrometheusSpec;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkContainerRule;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPodSpec;
import dev.sparkapp.core.SparkPorts;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The driver or executor pod as Spark 4.0.1 and spark-operator v2.5.2 build it from a spec: the
 * container Spark runs in, every volume of the pod with what adds it, and the ports of its containers.
 * The one place that knows what Spark and the operator add to the pods a manifest describes; the pod
 * rules ask it instead of reading {@code spec.volumes} or {@code sparkConf} themselves.
 *
 * <p>What it knows, and from where:
 * <ul>
 *   <li>The operator's submission ({@code internal/controller/sparkapplication/submission.go}): the pod
 *       template goes to Spark as a file with {@code podTemplateContainerName} set to
 *       {@link SparkPod#containerName()} after the user's sparkConf; {@code spec.volumes} named
 *       {@code spark-local-dir-*} that {@code spec.<pod>.volumeMounts} mounts become
 *       {@code spark.kubernetes.<pod>.volumes.*} settings; {@code spec.<pod>.secrets} become
 *       {@code spark.kubernetes.<pod>.secrets.*}.
 *   <li>Spark's feature steps ({@code org.apache.spark.deploy.k8s.features}): the template container
 *       named {@code podTemplateContainerName}, else the first, is the Spark container
 *       ({@code KubernetesUtils.selectSparkContainer}); {@code <secret>-volume}
 *       ({@code MountSecretsFeatureStep}); one volume per {@code spark.kubernetes.<pod>.volumes.<type>.<name>}
 *       ({@code MountVolumesFeatureStep}); {@code hadoop-properties} ({@code HadoopConf*FeatureStep});
 *       {@code krb5-file}, {@code kerberos-keytab}, {@code hadoop-secret} ({@code KerberosConfDriverFeatureStep});
 *       {@code kubernetes-credentials} ({@code DriverKubernetesCredentialsFeatureStep});
 *       {@code pod-template-volume} ({@code PodTemplateConfigMapStep}); {@code spark-local-dir-N} emptyDirs
 *       unless the Spark container already mounts a {@code spark-local-dir-*} ({@code LocalDirsFeatureStep});
 *       {@code spark-conf-volume-driver} ({@code KubernetesClientApplication}) and
 *       {@code spark-conf-volume-exec} ({@code BasicExecutorFeatureStep}); the ports
 *       {@code driver-rpc-port}, {@code blockmanager} and {@code spark-ui} ({@code Basic*FeatureStep}).
 *   <li>The operator's pod webhook ({@code internal/webhook/sparkpod_defaulter.go}): the volumes of
 *       {@code spec.volumes} that {@code spec.<pod>.volumeMounts} mounts, {@code hadoop-configmap-volume},
 *       {@code spark-configmap-volume}, {@code <configMap>-vol} per {@code spec.<pod>.configMaps},
 *       {@code <app>-prom-conf-vol} and the Prometheus port, and the ports of {@code spec.<pod>.ports}, all
 *       on the container its {@code findContainer} picks.
 * </ul>
 */
final class BuiltPod {
  static final String LOCAL_DIR_PREFIX = "spark-local-dir-";
  static final int DEFAULT_PROMETHEUS_PORT = 8090;
  static final String DEFAULT_PROMETHEUS_PORT_NAME = "jmx-exporter";
  /** The volume types Spark's {@code KubernetesVolumeUtils} accepts in {@code spark.kubernetes.<pod>.volumes.*}. */
  static final Set<String> CONF_VOLUME_TYPES = Set.of("hostPath", "emptyDir", "nfs", "persistentVolumeClaim");
  private static final String PROMETHEUS_VOLUME_SUFFIX = "-prom-conf-vol";
  private static final int MAX_WEBHOOK_VOLUME_NAME = 63;

  /**
   * A volume of the built pod, what adds it and, for a volume of the template, its index there. The
   * Prometheus volume is named after the application ({@code <app name>-prom-conf-vol}) and matches any.
   */
  record PodVolume(String name, String origin, int templateIndex) {
    boolean matches(String mount) {
      return name.equals(mount) || (isPattern() && mount != null && mount.endsWith(PROMETHEUS_VOLUME_SUFFIX));
    }

    boolean isPattern() {
      return name.startsWith("<");
    }
  }

  /** One {@code spark.kubernetes.<pod>.volumes.<type>.<name>.*} volume: its settings without the prefix. */
  record ConfVolume(String type, String name, Map<String, String> options, String origin) {
    /** The setting {@code key} ({@code mount.path}, {@code options.claimName}, ...) or {@code null}. */
    String get(String key) {
      return options.get(key);
    }
  }

  private final SparkApplicationSpec spec;
  private final SparkPod role;
  private final SparkPodSpec pod;
  private final Container sparkContainer;
  private final Container webhookContainer;
  private final boolean webhookOnSpark;
  private final List<ConfVolume> confVolumes;
  private final List<PodVolume> volumes = new ArrayList<>();

  private final SparkContainerRule rule;

  private BuiltPod(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod) {
    this.spec = spec;
    this.role = role;
    this.pod = pod;
    List<Container> templateContainers = PodContainers.templateSpec(pod).map(PodSpec::getContainers).orElse(List.of())
        .stream().filter(Objects::nonNull).toList();
    this.rule = ruleOf(role);
    this.sparkContainer = rule.select(templateContainers, spec.sparkConf()).orElse(null);
    this.webhookContainer = webhookContainer(templateContainers);
    this.webhookOnSpark = webhookContainer == sparkContainer;
    this.confVolumes = confVolumes(spec, role);
    collectVolumes();
  }

  /**
   * The container the webhook's {@code findContainer} picks in the pod Spark creates: Spark appends its
   * container after the template's others, and the webhook takes the first with a name it looks for, else
   * the first container. {@code null} stands for a Spark container that Spark created itself.
   */
  private Container webhookContainer(List<Container> templateContainers) {
    List<Container> podOrder = new ArrayList<>();
    templateContainers.stream().filter(c -> c != sparkContainer).forEach(podOrder::add);
    podOrder.add(sparkContainer);
    String sparkName = sparkContainer == null || sparkContainer.getName() == null
        ? sparkContainerName() : sparkContainer.getName();
    for (Container c : podOrder) {
      String name = c == sparkContainer ? sparkName : c.getName();
      if (name != null && webhookCandidates(role).contains(name)) {  // a nameless container (lenient read)
        return c;
      }
    }
    return podOrder.get(0);
  }

  /** The pod {@code role} of {@code spec} as Spark and the operator build it from {@code pod}. */
  static BuiltPod of(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod) {
    return new BuiltPod(spec, role, pod);
  }

  /** Whether this is the pod built from {@code pod} of {@code spec} (the very objects, not equal ones). */
  boolean isOf(SparkApplicationSpec spec, SparkPodSpec pod) {
    return this.spec == spec && this.pod == pod;
  }

  /**
   * The template container Spark builds its process into, by the pod's {@link SparkContainerRule}: the
   * one named {@link SparkPod#containerName()} (the operator always passes that name), otherwise the first
   * template container; empty when the template has no container.
   */
  Optional<Container> sparkContainer() {
    return Optional.ofNullable(sparkContainer);
  }

  /**
   * Whether the operator's webhook adds env, volume mounts and ports to the Spark container: it looks for
   * the container named {@link SparkPod#containerName()} (executors: also {@code executor}) and otherwise
   * takes the pod's first container, which is another one when Spark took a misnamed first template
   * container and appended it after the others.
   */
  boolean webhookReachesSparkContainer() {
    return webhookOnSpark;
  }

  /** Every volume of the built pod, in the order Spark and then the webhook add them. */
  List<PodVolume> volumes() {
    return volumes;
  }

  /** Returns {@code true} when the built pod has a volume that the mount named {@code name} resolves to. */
  boolean hasVolume(String name) {
    return volumes.stream().anyMatch(v -> v.matches(name));
  }

  /** The {@code spark.kubernetes.<pod>.volumes.*} volumes, from sparkConf and from the operator's submission. */
  List<ConfVolume> confVolumes() {
    return confVolumes;
  }

  /**
   * The named ports of {@code declared} in the built pod: its own, plus those Spark adds when it is the
   * Spark container and those the webhook adds when it is the container the webhook picks.
   */
  Map<String, Integer> portsOf(PodContainers.Declared declared) {
    Map<String, Integer> ports = ownPorts(declared.container());
    addedPorts(declared).forEach(ports::putIfAbsent);
    return ports;
  }

  /**
   * The named ports Spark ({@code driver-rpc-port}, {@code blockmanager}, {@code spark-ui}) and the webhook
   * ({@code spec.<pod>.ports}, the Prometheus port) append to {@code declared}; empty for other containers.
   */
  Map<String, Integer> addedPorts(PodContainers.Declared declared) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    if (declared.inTemplate() && !declared.init()) {
      if (declared.container() == sparkContainer) {
        ports.putAll(sparkPorts(true));
      }
      if (declared.container() == webhookContainer) {
        webhookPorts().forEach(ports::putIfAbsent);
      }
    }
    return ports;
  }

  /**
   * The ports the Spark container's process listens on, by name: the RPC port (driver), the UI port
   * (driver, unless the UI is disabled), the block manager port, the ports of {@code spec.<pod>.ports}
   * and the Prometheus exporter's port. Ports Spark leaves random are absent.
   */
  Map<String, Integer> listeningPorts() {
    Map<String, Integer> ports = sparkPorts(false);
    portList().forEach(p -> ports.put(p.name(), p.containerPort()));
    if (metricsExposed()) {
      putPrometheusPort(ports);
    }
    return ports;
  }

  /** The container's own named ports. */
  static Map<String, Integer> ownPorts(Container container) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    if (container.getPorts() != null) {
      for (ContainerPort port : container.getPorts()) {
        if (port != null && port.getName() != null && port.getContainerPort() != null) {
          ports.put(port.getName(), port.getContainerPort());
        }
      }
    }
    return ports;
  }

  /** Returns {@code false} when {@code sparkConf} sets {@code spark.ui.enabled=false}. */
  static boolean uiEnabled(SparkApplicationSpec spec) {
    return SparkPorts.uiEnabled(spec.sparkConf());
  }

  /** The port the driver's UI listens on: {@code spark.ui.port}, default 4040. */
  static int uiPort(SparkApplicationSpec spec) {
    return intConf(spec.sparkConf(), SparkPorts.UI_PORT, SparkPorts.DEFAULT_UI_PORT);
  }

  /** Spark's ports of the Spark container; with {@code declared}, the UI port even when the UI is off. */
  private Map<String, Integer> sparkPorts(boolean declared) {
    Map<String, String> conf = spec.sparkConf();
    Map<String, Integer> ports = new LinkedHashMap<>();
    int blockManager = intConf(conf, SparkPorts.BLOCK_MANAGER_PORT, SparkPorts.DEFAULT_BLOCK_MANAGER_PORT);
    if (role == SparkPod.DRIVER) {
      putPinned(ports, "driver-rpc-port", intConf(conf, SparkPorts.DRIVER_PORT, SparkPorts.DEFAULT_DRIVER_PORT));
      blockManager = intConf(conf, SparkPorts.DRIVER_BLOCK_MANAGER_PORT, blockManager);
      if (declared || uiEnabled(spec)) {
        putPinned(ports, "spark-ui", uiPort(spec));
      }
    }
    putPinned(ports, "blockmanager", blockManager);
    return ports;
  }

  private Map<String, Integer> webhookPorts() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    portList().forEach(p -> ports.put(p.name(), p.containerPort()));
    if (prometheusConfigMounted()) {
      putPrometheusPort(ports);
    }
    return ports;
  }

  /** Puts the Prometheus exporter's port, {@code jmx-exporter} 8090 unless {@code monitoring.prometheus} says otherwise. */
  private void putPrometheusPort(Map<String, Integer> ports) {
    PrometheusSpec prometheus = spec.monitoring().flatMap(MonitoringSpec::prometheus).orElseThrow();
    ports.put(prometheus.portName().orElse(DEFAULT_PROMETHEUS_PORT_NAME), prometheus.port().orElse(DEFAULT_PROMETHEUS_PORT));
  }

  private List<Port> portList() {
    return pod.ports() == null ? List.of() : pod.ports().stream().filter(Objects::nonNull).toList();
  }

  /** Whether the Prometheus JMX exporter runs in this pod ({@code monitoring.prometheus} and the expose flag). */
  private boolean metricsExposed() {
    Optional<MonitoringSpec> monitoring = spec.monitoring();
    boolean exposed = monitoring.map(m -> role == SparkPod.DRIVER ? m.exposeDriverMetrics() : m.exposeExecutorMetrics())
        .map(Boolean.TRUE::equals).orElse(false);
    return exposed && monitoring.flatMap(MonitoringSpec::prometheus).isPresent();
  }

  /**
   * Whether the webhook mounts the Prometheus ConfigMap and adds the exporter's port: it does unless
   * both {@code metricsPropertiesFile} and {@code prometheus.configFile} point into the image.
   */
  private boolean prometheusConfigMounted() {
    if (!metricsExposed()) {
      return false;
    }
    MonitoringSpec monitoring = spec.monitoring().orElseThrow();
    boolean propertiesFile = monitoring.metricsPropertiesFile().filter(f -> !f.isEmpty()).isPresent();
    boolean configFile = monitoring.prometheus().flatMap(PrometheusSpec::configFile).filter(f -> !f.isEmpty()).isPresent();
    return !(propertiesFile && configFile);
  }

  private void collectVolumes() {
    String field = role.specField();
    String sparkConfPrefix = "spark.kubernetes." + field + ".";
    List<Volume> templateVolumes = PodContainers.templateSpec(pod).map(PodSpec::getVolumes).orElse(List.of());
    for (int i = 0; i < templateVolumes.size(); i++) {
      Volume volume = templateVolumes.get(i);
      if (volume != null && volume.getName() != null) {
        volumes.add(new PodVolume(volume.getName(), "the template's volumes", i));
      }
    }
    Map<String, String> conf = spec.sparkConf() == null ? Map.of() : spec.sparkConf();
    if (role == SparkPod.DRIVER && credentialsMounted(conf)) {
      add("kubernetes-credentials", "Spark, for spark.kubernetes.authenticate.driver.*");
    }
    String secretsPrefix = sparkConfPrefix + "secrets.";
    Set<String> secrets = new LinkedHashSet<>();
    conf.keySet().stream().filter(k -> k.startsWith(secretsPrefix) && k.length() > secretsPrefix.length())
        .forEach(k -> secrets.add(k.substring(secretsPrefix.length())));
    nonNull(pod.secrets()).forEach(s -> secrets.add(s.name()));
    secrets.forEach(name -> add(name + "-volume", "Spark, for the secret " + name + " of spec." + field
        + ".secrets or sparkConf " + secretsPrefix + name));
    confVolumes.forEach(v -> add(v.name(), "Spark, for " + v.origin()));
    if (conf.containsKey("spark.kubernetes.hadoop.configMapName")) {
      add("hadoop-properties", "Spark, for sparkConf spark.kubernetes.hadoop.configMapName");
    }
    if (role == SparkPod.DRIVER) {
      collectKerberosVolumes(conf);
      add("pod-template-volume", "Spark, for the executor pod template the operator passes");
    }
    if (localDirMounts(sparkContainer, confVolumes) == 0) {
      int count = role == SparkPod.DRIVER ? localDirSettingCount(conf) : driverLocalDirCount(spec);
      for (int i = 1; i <= count; i++) {
        add(LOCAL_DIR_PREFIX + i, "Spark, for its local directories");
      }
    }
    if (role == SparkPod.DRIVER) {
      add("spark-conf-volume-driver", "Spark, for its configuration");
    } else if (!"true".equalsIgnoreCase(conf.getOrDefault("spark.kubernetes.executor.disableConfigMap", "").trim())) {
      add("spark-conf-volume-exec", "Spark, for its configuration");
    }
    spec.hadoopConfigMap().ifPresent(name -> add("hadoop-configmap-volume", "the operator, for spec.hadoopConfigMap"));
    spec.sparkConfigMap().ifPresent(name -> add("spark-configmap-volume", "the operator, for spec.sparkConfigMap"));
    if (pod.configMaps() != null) {
      pod.configMaps().stream().filter(Objects::nonNull).map(NamePath::name).forEach(name -> {
        String volume = name + "-vol";
        add(volume.length() > MAX_WEBHOOK_VOLUME_NAME ? volume.substring(0, MAX_WEBHOOK_VOLUME_NAME) : volume,
            "the operator, for spec." + field + ".configMaps");
      });
    }
    webhookVolumes().forEach(name -> add(name, "the operator, for spec.volumes mounted by spec." + field + ".volumeMounts"));
    if (prometheusConfigMounted()) {
      add("<app name>" + PROMETHEUS_VOLUME_SUFFIX, "the operator, for spec.monitoring.prometheus");
    }
  }

  private void collectKerberosVolumes(Map<String, String> conf) {
    if (conf.containsKey("spark.kubernetes.kerberos.krb5.path") || conf.containsKey("spark.kubernetes.kerberos.krb5.configMapName")) {
      add("krb5-file", "Spark, for sparkConf spark.kubernetes.kerberos.krb5.*");
    }
    String keytab = conf.get("spark.kerberos.keytab");
    if (keytab != null && !keytab.startsWith("local:")) {
      add("kerberos-keytab", "Spark, for sparkConf spark.kerberos.keytab");
    } else if (conf.containsKey("spark.kubernetes.kerberos.tokenSecret.name")) {
      add("hadoop-secret", "Spark, for sparkConf spark.kubernetes.kerberos.tokenSecret.name");
    }
  }

  private static boolean credentialsMounted(Map<String, String> conf) {
    return List.of("oauthToken", "caCertFile", "clientKeyFile", "clientCertFile").stream()
        .anyMatch(suffix -> conf.containsKey("spark.kubernetes.authenticate.driver." + suffix));
  }

  private void add(String name, String origin) {
    volumes.add(new PodVolume(name, origin, -1));
  }

  /**
   * The volumes of {@code spec.volumes} the webhook adds: those {@code spec.<pod>.volumeMounts} mounts,
   * except {@code spark-local-dir-*} ones (the submission passes those to Spark).
   */
  private List<String> webhookVolumes() {
    List<String> names = new ArrayList<>();
    for (VolumeMount mount : nonNull(pod.volumeMounts())) {
      String name = mount.getName();
      if (name != null && !name.startsWith(LOCAL_DIR_PREFIX) && specVolume(spec, name).isPresent() && !names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  /** The volume of {@code spec.volumes} named {@code name}. */
  static Optional<Volume> specVolume(SparkApplicationSpec spec, String name) {
    return name == null ? Optional.empty()
        : nonNull(spec.volumes()).stream().filter(v -> name.equals(v.getName())).findFirst();
  }

  /** The conf volume type of {@code volume} as the operator's submission maps it, or empty when unsupported. */
  static Optional<String> confVolumeType(Volume volume) {
    if (volume.getEmptyDir() != null) {
      return Optional.of("emptyDir");
    } else if (volume.getHostPath() != null) {
      return Optional.of("hostPath");
    } else if (volume.getNfs() != null) {
      return Optional.of("nfs");
    } else if (volume.getPersistentVolumeClaim() != null) {
      return Optional.of("persistentVolumeClaim");
    }
    return Optional.empty();
  }

  /**
   * The {@code spark.kubernetes.<pod>.volumes.<type>.<name>.*} volumes Spark reads: those of sparkConf
   * and those the operator's submission adds for {@code spark-local-dir-*} mounts of spec volumes.
   */
  static List<ConfVolume> confVolumes(SparkApplicationSpec spec, SparkPod role) {
    String prefix = "spark.kubernetes." + role.specField() + ".volumes.";
    Map<String, ConfVolume> byTypeAndName = new LinkedHashMap<>();
    Map<String, String> conf = spec.sparkConf() == null ? Map.of() : spec.sparkConf();
    conf.forEach((key, value) -> {
      if (key.startsWith(prefix)) {
        String[] parts = key.substring(prefix.length()).split("\\.", 3);
        if (parts.length >= 2) {
          ConfVolume volume = byTypeAndName.computeIfAbsent(parts[0] + "." + parts[1], k ->
              new ConfVolume(parts[0], parts[1], new LinkedHashMap<>(), "sparkConf " + prefix + k + ".*"));
          volume.options().put(parts.length == 3 ? parts[2] : "", value);
        }
      }
    });
    role.specIn(spec).ifPresent(pod -> {
      for (VolumeMount mount : nonNull(pod.volumeMounts())) {
        String name = mount.getName();
        if (name == null || !name.startsWith(LOCAL_DIR_PREFIX)) {
          continue;
        }
        specVolume(spec, name).flatMap(BuiltPod::confVolumeType).ifPresent(type -> {
          ConfVolume volume = byTypeAndName.computeIfAbsent(type + "." + name, k ->
              new ConfVolume(type, name, new LinkedHashMap<>(), "spec.volumes mounted by spec." + role.specField() + ".volumeMounts"));
          if (mount.getMountPath() != null && !mount.getMountPath().isEmpty()) {
            volume.options().put("mount.path", mount.getMountPath());
          }
        });
      }
    });
    return List.copyOf(byTypeAndName.values());
  }

  /** How many {@code spark-local-dir-*} mounts the Spark container of {@code role} has before Spark's local-dir step. */
  private static int sparkLocalDirMounts(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod) {
    List<Container> containers = PodContainers.templateSpec(pod).map(PodSpec::getContainers).orElse(List.of())
        .stream().filter(Objects::nonNull).toList();
    return localDirMounts(ruleOf(role).select(containers, spec.sparkConf()).orElse(null), confVolumes(spec, role));
  }

  /** The {@code spark-local-dir-*} mounts of {@code spark} (the Spark container, or null) and of {@code confVolumes}. */
  private static int localDirMounts(Container spark, List<ConfVolume> confVolumes) {
    long fromTemplate = spark == null ? 0 : nonNull(spark.getVolumeMounts()).stream()
        .filter(m -> m.getName() != null && m.getName().startsWith(LOCAL_DIR_PREFIX)).count();
    long fromConf = confVolumes.stream().filter(v -> v.name().startsWith(LOCAL_DIR_PREFIX)).count();
    return (int) (fromTemplate + fromConf);
  }

  /** The number of directories {@code spark.local.dir} names, 1 when unset. */
  private static int localDirSettingCount(Map<String, String> conf) {
    String dirs = conf.get("spark.local.dir");
    return dirs == null || dirs.isBlank() ? 1 : dirs.split(",").length;
  }

  /**
   * The number of local directories of the driver: executors get as many emptyDirs, because the driver's
   * {@code SPARK_LOCAL_DIRS} names them.
   */
  private static int driverLocalDirCount(SparkApplicationSpec spec) {
    int mounted = SparkPod.DRIVER.specIn(spec).map(d -> sparkLocalDirMounts(spec, SparkPod.DRIVER, d)).orElse(0);
    return mounted > 0 ? mounted : localDirSettingCount(spec.sparkConf() == null ? Map.of() : spec.sparkConf());
  }

  /**
   * The rule by which the operator of a SparkApplication's pod of {@code role} picks Spark's container, as
   * the SparkApplication kind declares it (a ScheduledSparkApplication's template shares it).
   */
  static SparkContainerRule ruleOf(SparkPod role) {
    return ResourceKinds.of(SparkApplication.class).declaredPod(role).orElseThrow().containerRule();
  }

  /** The name Spark is given for its container in this pod (the operator's), as messages name it. */
  String sparkContainerName() {
    return rule.nameForNewContainer(spec.sparkConf());
  }

  /** The names the webhook's {@code findContainer} looks for; executors also match Spark 2's name. */
  private static List<String> webhookCandidates(SparkPod role) {
    String name = ruleOf(role).nameForNewContainer(Map.of());
    return role == SparkPod.DRIVER ? List.of(name) : List.of(name, "executor");
  }

  private static void putPinned(Map<String, Integer> ports, String name, int port) {
    if (port != 0) {
      ports.put(name, port);
    }
  }

  /** The port {@code key} sets (as {@link SparkPorts#resolve} reads it), or {@code fallback} when it is unset or not a number. */
  private static int intConf(Map<String, String> conf, String key, int fallback) {
    SparkPorts.PortSetting setting = SparkPorts.resolve(conf, fallback, key);
    return setting.status() == SparkPorts.PortSetting.Status.NOT_A_NUMBER ? fallback : setting.port();
  }

  private static <T> List<T> nonNull(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
