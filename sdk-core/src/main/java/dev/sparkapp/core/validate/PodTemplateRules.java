package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPodSpec;
import dev.sparkapp.core.probe.SparkPod;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schemaless {@code template} checked as a pod the way the API server checks pods: container names
 * are DNS-1123 labels and unique, container ports are 1-65535, and volume mounts refer to declared
 * volumes (the template's and {@code spec.volumes}). Also checks the {@code volumeMounts} of the driver
 * and executor against those volumes.
 */
final class PodTemplateRules implements Rule {
  static final String CONTAINER_NAME = "template-container-name";
  static final String DUPLICATE_CONTAINER = "template-duplicate-container";
  static final String CONTAINER_PORT = "template-container-port";
  static final String VOLUME_MOUNT = "template-volume-mount";

  @Override
  public void checkPod(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod, FieldPath at, Findings findings) {
    Set<String> volumes = volumeNames(spec, pod);
    Map<String, FieldPath> seen = new HashMap<>();
    for (PodContainers.Declared declared : PodContainers.of(pod, at)) {
      String name = declared.name();
      FieldPath namePath = declared.path().field("name");
      if (name.isEmpty() && !declared.inTemplate()) {
        findings.error(namePath, CONTAINER_NAME, "the container has no name: give it a unique name ("
            + KubernetesNames.DNS1123_LABEL_FORMAT + ")");
      } else if (!name.isEmpty() && !KubernetesNames.isDns1123Label(name)) {
        findings.error(namePath, CONTAINER_NAME, "'" + name + "' is not a valid container name: use "
            + KubernetesNames.DNS1123_LABEL_FORMAT);
      } else if (!name.isEmpty() && seen.containsKey(name)) {
        findings.error(namePath, DUPLICATE_CONTAINER, "container name '" + name + "' is already used at "
            + seen.get(name) + ": give every container of the pod its own name");
      }
      seen.putIfAbsent(name, namePath);
      checkPorts(declared, findings);
      checkMounts(declared.container().getVolumeMounts(), declared.path().field("volumeMounts"), volumes, findings);
    }
    checkMounts(pod.volumeMounts(), at.field("volumeMounts"), volumes, findings);
  }

  private static Set<String> volumeNames(SparkApplicationSpec spec, SparkPodSpec pod) {
    Set<String> names = new LinkedHashSet<>();
    addNames(names, spec.volumes());
    PodContainers.templateSpec(pod).map(PodSpec::getVolumes).ifPresent(v -> addNames(names, v));
    return names;
  }

  private static void addNames(Set<String> names, List<Volume> volumes) {
    if (volumes != null) {
      volumes.stream().filter(v -> v != null && v.getName() != null).forEach(v -> names.add(v.getName()));
    }
  }

  private static void checkPorts(PodContainers.Declared declared, Findings findings) {
    List<ContainerPort> ports = declared.container().getPorts();
    if (ports == null) {
      return;
    }
    for (int i = 0; i < ports.size(); i++) {
      ContainerPort port = ports.get(i);
      if (port == null) {
        continue;
      }
      FieldPath path = declared.path().field("ports").index(i);
      Integer number = port.getContainerPort();
      if (number == null || number < 1 || number > 65535) {
        findings.error(path.field("containerPort"), CONTAINER_PORT,
            "containerPort must be a number from 1 to 65535, got " + number);
      }
      Integer host = port.getHostPort();
      if (host != null && (host < 0 || host > 65535)) {
        findings.error(path.field("hostPort"), CONTAINER_PORT,
            "hostPort must be a number from 1 to 65535 (or 0 for none), got " + host);
      }
      if (port.getName() != null && !KubernetesNames.isIanaSvcName(port.getName())) {
        findings.error(path.field("name"), CONTAINER_PORT, "'" + port.getName()
            + "' is not a valid port name: use " + KubernetesNames.IANA_SVC_NAME_FORMAT);
      }
    }
  }

  private static void checkMounts(List<VolumeMount> mounts, FieldPath path, Set<String> volumes, Findings findings) {
    if (mounts == null) {
      return;
    }
    for (int i = 0; i < mounts.size(); i++) {
      VolumeMount mount = mounts.get(i);
      if (mount != null && !volumes.contains(mount.getName())) {
        findings.error(path.index(i).field("name"), VOLUME_MOUNT, "volume mount '" + mount.getName()
            + "' refers to no declared volume"
            + (volumes.isEmpty() ? "" : " (declared: " + String.join(", ", volumes) + ")")
            + ": add a volume of that name to spec.volumes or the template's volumes");
      }
    }
  }
}
