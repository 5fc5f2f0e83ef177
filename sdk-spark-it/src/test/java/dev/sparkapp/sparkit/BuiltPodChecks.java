package dev.sparkapp.sparkit;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.probe.ProbeSet;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What must hold of the pods Spark builds for a manifest ({@link SparkBuiltPods}), each failure described as
 * a sentence: every volume mount of every container resolves to a volume of the pod; every probe the
 * manifest's pod template puts on the Spark container is on the built pod's Spark container, with the same
 * handler, on a port that container declares (where Spark listens: its RPC, block manager and UI ports,
 * plus those the manifest opens), an HTTP probe only where Spark's UI is enabled; and where the log-staleness
 * preset is attached, {@code -Dlog4j2.configurationFile} reaches the JVM's options and names a file of the
 * preset's ConfigMap, mounted in the Spark container.
 */
final class BuiltPodChecks {
  private static final String LOG4J2_OPTION = "-Dlog4j2.configurationFile=";
  /** The log-staleness preset's log directory, as {@code Probes.logStaleness} documents it. */
  static final String LOG_DIRECTORY = "/var/log/spark";

  private BuiltPodChecks() {}

  /** The problems of the pods built for {@code probed}, which has {@code presets} attached; empty when sound. */
  static List<String> problems(SparkApplication probed, ProbeSet presets, SparkBuiltPods pods) {
    List<String> problems = new ArrayList<>();
    for (SparkPod role : SparkPod.applicationRoles()) {
      SparkBuiltPods.BuiltPod built = role == SparkPod.DRIVER ? pods.driver() : pods.executor();
      problems.addAll(unresolvedMounts(role, built.pod()));
      Optional<Container> templateContainer = role.specIn(probed.spec())
          .flatMap(s -> s.template()).map(PodTemplateSpec::getSpec)
          .flatMap(s -> s.getContainers().stream().filter(c -> role.containerName().equals(c.getName())).findFirst());
      Map<String, String> conf = role == SparkPod.DRIVER ? pods.driverConf() : pods.executorConf();
      for (ProbeKind kind : ProbeKind.values()) {
        Probe expected = templateContainer.map(c -> probe(c, kind)).orElse(null);
        if (expected != null) {
          problems.addAll(probeProblems(role, kind, expected, built, conf));
        } else if (presets.preset(role, kind).isPresent()) {
          problems.add(role + " " + kind + ": the preset left no probe on the template's "
              + role.containerName() + " container");
        }
      }
      if (Stream.of(ProbeKind.values()).anyMatch(k -> presets.preset(role, k)
          .map(p -> p.name().equals("log-staleness")).orElse(false))) {
        problems.addAll(log4j2Problems(role, built, conf, probed.companions()));
      }
    }
    return problems;
  }

  /** Mounts of any container or init container of {@code pod} that name no volume of {@code pod}. */
  static List<String> unresolvedMounts(SparkPod role, Pod pod) {
    Set<String> volumes = pod.getSpec().getVolumes().stream().map(Volume::getName).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (Container container : allContainers(pod)) {
      for (VolumeMount mount : container.getVolumeMounts()) {
        if (!volumes.contains(mount.getName())) {
          problems.add(role + " container " + container.getName() + " mounts '" + mount.getName() + "' at "
              + mount.getMountPath() + " but the built pod has no such volume (volumes: " + volumes + ")");
        }
      }
    }
    return problems;
  }

  private static List<Container> allContainers(Pod pod) {
    List<Container> all = new ArrayList<>(pod.getSpec().getInitContainers());
    all.addAll(pod.getSpec().getContainers());
    return all;
  }

  static Probe probe(Container container, ProbeKind kind) {
    return switch (kind) {
      case LIVENESS -> container.getLivenessProbe();
      case READINESS -> container.getReadinessProbe();
      case STARTUP -> container.getStartupProbe();
    };
  }

  private static List<String> probeProblems(SparkPod role, ProbeKind kind, Probe expected,
      SparkBuiltPods.BuiltPod built, Map<String, String> conf) {
    List<String> problems = new ArrayList<>();
    Container spark = built.spark();
    Probe actual = probe(spark, kind);
    String where = role + " " + kind + " probe";
    if (actual == null) {
      List<String> carriers = built.pod().getSpec().getContainers().stream()
          .filter(c -> probe(c, kind) != null).map(Container::getName).toList();
      problems.add(where + " is not on Spark's container " + spark.getName() + " of the built pod (on: "
          + carriers + ")");
      return problems;
    }
    if (!Objects.equals(actual.getHttpGet(), expected.getHttpGet())
        || !Objects.equals(actual.getTcpSocket(), expected.getTcpSocket())
        || !Objects.equals(actual.getExec(), expected.getExec())
        || !Objects.equals(actual.getGrpc(), expected.getGrpc())) {
      problems.add(where + " has another handler in the built pod: " + actual + " instead of " + expected);
    }
    IntOrString port = actual.getHttpGet() != null ? actual.getHttpGet().getPort()
        : actual.getTcpSocket() != null ? actual.getTcpSocket().getPort() : null;
    if (port != null) {
      List<ContainerPort> ports = spark.getPorts();
      boolean opened = port.getIntVal() != null
          ? ports.stream().anyMatch(p -> port.getIntVal().equals(p.getContainerPort()))
          : ports.stream().anyMatch(p -> port.getStrVal().equals(p.getName()));
      if (!opened) {
        problems.add(where + " targets port " + (port.getIntVal() != null ? port.getIntVal() : port.getStrVal())
            + ", which Spark's container does not open (ports: " + ports.stream()
            .map(p -> p.getName() + "=" + p.getContainerPort()).toList() + ")");
      }
    }
    if (actual.getHttpGet() != null && "false".equalsIgnoreCase(conf.get("spark.ui.enabled"))) {
      problems.add(where + " is an HTTP GET on the Spark UI, which spark.ui.enabled=false turns off");
    }
    if (actual.getHttpGet() != null && role == SparkPod.DRIVER && port != null && port.getIntVal() != null) {
      int uiPort = Integer.parseInt(conf.getOrDefault("spark.ui.port", "4040"));
      if (port.getIntVal() != uiPort) {
        problems.add(where + " gets port " + port.getIntVal() + " but Spark's UI listens on " + uiPort);
      }
    }
    return problems;
  }

  private static List<String> log4j2Problems(SparkPod role, SparkBuiltPods.BuiltPod built, Map<String, String> conf,
      List<ConfigMap> companions) {
    Container spark = built.spark();
    List<String> jvmOptions = role == SparkPod.DRIVER
        ? List.of(conf.getOrDefault("spark.driver.extraJavaOptions", "").split("\\s+"))
        : spark.getEnv().stream().filter(e -> e.getName().startsWith("SPARK_JAVA_OPT_")).map(EnvVar::getValue).toList();
    Optional<String> file = jvmOptions.stream().filter(o -> o.startsWith(LOG4J2_OPTION))
        .map(o -> o.substring(LOG4J2_OPTION.length())).reduce((first, last) -> last);
    if (file.isEmpty()) {
      return List.of(role + ": no " + LOG4J2_OPTION + " in the JVM's options " + jvmOptions);
    }
    List<String> problems = new ArrayList<>();
    String path = file.get();
    int slash = path.lastIndexOf('/');
    String directory = path.substring(0, slash);
    String key = path.substring(slash + 1);
    Map<String, Volume> volumes = built.pod().getSpec().getVolumes().stream()
        .collect(Collectors.toMap(Volume::getName, Function.identity(), (a, b) -> a));
    Optional<VolumeMount> mount = spark.getVolumeMounts().stream()
        .filter(m -> m.getMountPath().equals(directory)).findFirst();
    if (mount.isEmpty()) {
      problems.add(role + ": " + path + " is in no directory mounted in Spark's container");
    } else {
      Volume volume = volumes.get(mount.get().getName());
      String configMap = volume == null || volume.getConfigMap() == null ? null : volume.getConfigMap().getName();
      boolean holdsFile = companions.stream().anyMatch(c -> c.getMetadata().getName().equals(configMap)
          && c.getData().containsKey(key));
      if (!holdsFile) {
        problems.add(role + ": " + directory + " is mounted from " + volume + ", not from a ConfigMap of the"
            + " preset holding " + key);
      }
    }
    if (spark.getVolumeMounts().stream().noneMatch(m -> m.getMountPath().equals(LOG_DIRECTORY))) {
      problems.add(role + ": the log directory " + LOG_DIRECTORY + " is not mounted in Spark's container");
    }
    return problems;
  }
}
