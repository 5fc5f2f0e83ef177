package dev.sparkapp.sparkit;

import dev.sparkapp.core.MonitoringSpec;
import dev.sparkapp.core.NamePath;
import dev.sparkapp.core.Port;
import dev.sparkapp.core.PrometheusSpec;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPodSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the kubeflow spark-operator v2.5.2's mutating webhook adds to a driver or executor pod that Spark
 * created: a transcription of {@code internal/webhook/sparkpod_defaulter.go} at tag v2.5.2
 * ({@code mutateSparkPod}) for everything that touches containers, volumes and ports — env, envFrom,
 * {@code hadoopConfigMap}, {@code sparkConfigMap}, {@code configMaps}, {@code spec.volumes} matched by the
 * pod's {@code volumeMounts} (except {@code spark-local-dir-*}, which became conf), {@code ports},
 * initContainers, sidecars and the Prometheus ConfigMap. Scheduling fields (affinity, tolerations, ...)
 * are left out: no check here reads them. The webhook selects pods by the label
 * {@code sparkoperator.k8s.io/launched-by-spark-operator=true}, which the operator always sets.
 */
final class OperatorWebhook {
  private static final int MAX_NAME_LENGTH = 63;

  private OperatorWebhook() {}

  /** Returns {@code pod} (the driver's when {@code driver}) as the webhook leaves it. */
  static Pod mutate(Pod pod, SparkApplication app, boolean driver) {
    SparkApplicationSpec spec = app.spec();
    SparkPodSpec podSpec = driver ? spec.driver().orElse(null) : spec.executor().orElse(null);
    PodBuilder result = new PodBuilder(pod);
    List<Container> containers = new ArrayList<>(pod.getSpec().getContainers());
    List<Volume> volumes = new ArrayList<>(pod.getSpec().getVolumes());
    List<Container> initContainers = new ArrayList<>(pod.getSpec().getInitContainers());
    int spark = findContainer(containers, driver);
    ContainerBuilder sparkContainer = new ContainerBuilder(containers.get(spark));

    if (podSpec != null) {
      // addEnvVars, addEnvFrom
      sparkContainer.addAllToEnv(OperatorSubmission.list(podSpec.env()))
          .addAllToEnvFrom(OperatorSubmission.list(podSpec.envFrom()));
    }
    // addHadoopConfigMap, addSparkConfigMap
    spec.hadoopConfigMap().ifPresent(name -> configMap(volumes, sparkContainer, name, "hadoop-configmap-volume",
        "/etc/hadoop/conf", "HADOOP_CONF_DIR"));
    spec.sparkConfigMap().ifPresent(name -> configMap(volumes, sparkContainer, name, "spark-configmap-volume",
        "/etc/spark/conf", "SPARK_CONF_DIR"));
    if (podSpec != null) {
      // addGeneralConfigMaps
      for (NamePath configMap : OperatorSubmission.list(podSpec.configMaps())) {
        String volumeName = configMap.name() + "-vol";
        if (volumeName.length() > MAX_NAME_LENGTH) {
          volumeName = volumeName.substring(0, MAX_NAME_LENGTH);
        }
        configMap(volumes, sparkContainer, configMap.name(), volumeName, configMap.path(), null);
      }
      // addVolumes
      Map<String, Volume> declared = new LinkedHashMap<>();
      OperatorSubmission.list(spec.volumes()).forEach(v -> declared.put(v.getName(), v));
      Map<String, Volume> added = new LinkedHashMap<>();
      for (VolumeMount mount : OperatorSubmission.list(podSpec.volumeMounts())) {
        if (mount.getName() != null && mount.getName().startsWith(OperatorSubmission.LOCAL_DIR_PREFIX)) {
          continue;
        }
        Volume volume = declared.get(mount.getName());
        if (volume != null) {
          if (added.putIfAbsent(mount.getName(), volume) == null) {
            volumes.add(volume);
          }
          sparkContainer.addToVolumeMounts(mount);
        }
      }
      // addContainerPorts
      for (Port port : OperatorSubmission.list(podSpec.ports())) {
        sparkContainer.addToPorts(new ContainerPortBuilder().withName(port.name())
            .withContainerPort(port.containerPort()).withProtocol(port.protocol()).build());
      }
    }
    // addPrometheusConfig (the ConfigMap the controller creates when the operator renders the config)
    spec.monitoring().filter(m -> m.prometheus().isPresent()).ifPresent(m -> prometheus(m, app, driver,
        volumes, sparkContainer));
    containers.set(spark, sparkContainer.build());
    if (podSpec != null) {
      // addInitContainers, addSidecarContainers: added unless one of the same name and image is there
      for (Container init : OperatorSubmission.list(podSpec.initContainers())) {
        if (initContainers.stream().noneMatch(c -> same(c, init))) {
          initContainers.add(init);
        }
      }
      for (Container sidecar : OperatorSubmission.list(podSpec.sidecars())) {
        if (containers.stream().noneMatch(c -> same(c, sidecar))) {
          containers.add(sidecar);
        }
      }
    }
    return result.editSpec().withContainers(containers).withVolumes(volumes).withInitContainers(initContainers)
        .endSpec().build();
  }

  /**
   * {@code findContainer}: the container named {@code spark-kubernetes-driver} in a driver pod,
   * {@code executor} or {@code spark-kubernetes-executor} in an executor pod, else the first container.
   */
  static int findContainer(List<Container> containers, boolean driver) {
    List<String> names = driver ? List.of(OperatorSubmission.DRIVER_CONTAINER)
        : List.of("executor", OperatorSubmission.EXECUTOR_CONTAINER);
    for (int i = 0; i < containers.size(); i++) {
      if (names.contains(containers.get(i).getName())) {
        return i;
      }
    }
    return 0;
  }

  private static boolean same(Container a, Container b) {
    return java.util.Objects.equals(a.getName(), b.getName()) && java.util.Objects.equals(a.getImage(), b.getImage());
  }

  private static void configMap(List<Volume> volumes, ContainerBuilder container, String configMapName,
      String volumeName, String mountPath, String envName) {
    volumes.add(new VolumeBuilder().withName(volumeName).withNewConfigMap().withName(configMapName).endConfigMap()
        .build());
    container.addToVolumeMounts(new VolumeMountBuilder().withName(volumeName).withReadOnly(true)
        .withMountPath(mountPath).build());
    if (envName != null) {
      container.addNewEnv().withName(envName).withValue(mountPath).endEnv();
    }
  }

  /**
   * {@code addPrometheusConfig}: skipped when both a metrics properties file and a Prometheus config file
   * are in the image, or the pod's metrics are not exposed; else the ConfigMap {@code <app>-prom-conf}
   * mounted at {@code /etc/metrics/conf} and the port (8090, {@code jmx-exporter}) on the Spark container.
   */
  private static void prometheus(MonitoringSpec monitoring, SparkApplication app, boolean driver,
      List<Volume> volumes, ContainerBuilder container) {
    PrometheusSpec prometheus = monitoring.prometheus().orElseThrow();
    if (monitoring.metricsPropertiesFile().isPresent() && prometheus.configFile().isPresent()) {
      return;
    }
    if (driver ? !Boolean.TRUE.equals(monitoring.exposeDriverMetrics())
        : !Boolean.TRUE.equals(monitoring.exposeExecutorMetrics())) {
      return;
    }
    String name = app.metadata().getName() + "-prom-conf";
    configMap(volumes, container, name, name + "-vol", "/etc/metrics/conf", null);
    container.addToPorts(new ContainerPortBuilder().withName(prometheus.portName().orElse("jmx-exporter"))
        .withContainerPort(prometheus.port().orElse(8090)).withProtocol("TCP").build());
  }
}
