package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPodSpec;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The schemaless {@code template} checked as a pod the way the API server checks pods: container names
 * are DNS-1123 labels and unique, container ports are 1-65535, and the volume mounts of every container
 * (template containers and init containers, {@code sidecars}, {@code initContainers}) name a volume of
 * the pod that Spark and the operator build ({@link BuiltPod}). Also checks {@code spec.<pod>.volumeMounts}
 * the way the operator uses them: against {@code spec.volumes}.
 */
final class PodTemplateRules implements Rule {
  static final String CONTAINER_NAME = "template-container-name";
  static final String DUPLICATE_CONTAINER = "template-duplicate-container";
  static final String CONTAINER_PORT = "template-container-port";
  static final String VOLUME_MOUNT = "template-volume-mount";
  static final String DUPLICATE_VOLUME = "template-duplicate-volume";

  @Override
  public void checkPod(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod, FieldPath at, Findings findings) {
    BuiltPod built = findings.builtPod(spec, role, pod);
    Map<String, PodContainers.Declared> seen = new HashMap<>();
    boolean sparkCreatesContainer = built.sparkContainer().isEmpty();
    for (PodContainers.Declared declared : PodContainers.of(pod, at)) {
      String name = declared.name();
      FieldPath namePath = declared.path().field("name");
      if (name.isEmpty() && !declared.inTemplate()) {
        findings.error(namePath, CONTAINER_NAME, "the container has no name: give it a unique name ("
            + KubernetesNames.DNS1123_LABEL_FORMAT + ")");
      } else if (!name.isEmpty() && !KubernetesNames.isDns1123Label(name)) {
        findings.error(namePath, CONTAINER_NAME, "'" + name + "' is not a valid container name: use "
            + KubernetesNames.DNS1123_LABEL_FORMAT);
      } else if (!name.isEmpty() && seen.containsKey(name) && !skippedByWebhook(seen.get(name), declared)) {
        findings.error(namePath, DUPLICATE_CONTAINER, "container name '" + name + "' is already used at "
            + seen.get(name).path().field("name") + ": give every container of the pod its own name");
      } else if (sparkCreatesContainer && name.equals(built.sparkContainerName())) {
        findings.error(namePath, DUPLICATE_CONTAINER, "container name '" + name + "' is the name of the container "
            + "Spark creates for the " + role.specField() + " (the template has none), so the pod has two containers "
            + "of that name: give this container another name");
      }
      seen.putIfAbsent(name, declared);
      checkPorts(declared, built.addedPorts(declared), findings);
      checkContainerMounts(spec, role, built, declared, findings);
    }
    checkSpecMounts(spec, role, pod, at.field("volumeMounts"), findings);
    checkDuplicateVolumes(role, built, at, findings);
  }

  /**
   * The webhook adds a sidecar or init container of spec.{@code <pod>} only when the pod has no container
   * of the same kind with its name and image ({@code hasContainer}, {@code hasInitContainer}).
   */
  private static boolean skippedByWebhook(PodContainers.Declared earlier, PodContainers.Declared later) {
    return earlier.inTemplate() && !later.inTemplate() && earlier.init() == later.init()
        && Objects.equals(earlier.container().getImage(), later.container().getImage());
  }

  /** Spark and the webhook append volumes without looking at the names already there; the API server then rejects the pod. */
  private static void checkDuplicateVolumes(SparkPod role, BuiltPod built, FieldPath at, Findings findings) {
    Map<String, BuiltPod.PodVolume> seen = new HashMap<>();
    for (BuiltPod.PodVolume volume : built.volumes()) {
      BuiltPod.PodVolume earlier = seen.putIfAbsent(volume.name(), volume);
      if (earlier == null || volume.isPattern()) {
        continue;
      }
      int index = volume.templateIndex() >= 0 ? volume.templateIndex() : earlier.templateIndex();
      FieldPath path = index >= 0 ? PodContainers.templateSpecPath(at).field("volumes").index(index).field("name") : at;
      findings.error(path, DUPLICATE_VOLUME, "the " + role.specField() + " pod gets two volumes named '"
          + volume.name() + "', one from " + earlier.origin() + " and one from " + volume.origin()
          + ", and the API server rejects it: rename one of them");
    }
  }

  /** Mounts of a container of the pod must name a volume of the pod that Spark and the operator build. */
  private static void checkContainerMounts(SparkApplicationSpec spec, SparkPod role, BuiltPod built,
      PodContainers.Declared declared, Findings findings) {
    List<VolumeMount> mounts = declared.container().getVolumeMounts();
    if (mounts == null) {
      return;
    }
    String field = role.specField();
    for (int i = 0; i < mounts.size(); i++) {
      VolumeMount mount = mounts.get(i);
      if (mount == null || built.hasVolume(mount.getName())) {
        continue;
      }
      FieldPath path = declared.path().field("volumeMounts").index(i).field("name");
      String name = mount.getName();
      if (BuiltPod.specVolume(spec, name).isPresent()) {
        findings.error(path, VOLUME_MOUNT, "volume mount '" + name + "' refers to a volume of spec.volumes, but the "
            + "operator adds a volume of spec.volumes to the " + field + " pod only when spec." + field + ".volumeMounts "
            + "mounts it, so the pod is rejected: add a mount of '" + name + "' to spec." + field + ".volumeMounts, or "
            + "declare the volume in the template's volumes");
      } else {
        findings.error(path, VOLUME_MOUNT, "volume mount '" + name + "' refers to no volume of the " + field + " pod (it "
            + "has " + describe(built) + "), so the pod is rejected: add a volume of that name to the template's "
            + "volumes, or to spec.volumes and mount it in spec." + field + ".volumeMounts");
      }
    }
  }

  /**
   * Mounts of {@code spec.<pod>.volumeMounts}: the operator passes {@code spark-local-dir-*} ones to Spark
   * (the submission fails without a supported volume of that name in spec.volumes) and adds the others
   * only for a volume of spec.volumes (it drops the mount silently otherwise).
   */
  private static void checkSpecMounts(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod, FieldPath path,
      Findings findings) {
    List<VolumeMount> mounts = pod.volumeMounts();
    if (mounts == null) {
      return;
    }
    String field = role.specField();
    for (int i = 0; i < mounts.size(); i++) {
      VolumeMount mount = mounts.get(i);
      if (mount == null) {
        continue;
      }
      String name = mount.getName();
      FieldPath namePath = path.index(i).field("name");
      Optional<Volume> volume = BuiltPod.specVolume(spec, name);
      boolean localDir = name != null && name.startsWith(BuiltPod.LOCAL_DIR_PREFIX);
      if (volume.isEmpty() && localDir) {
        findings.error(namePath, VOLUME_MOUNT, "volume mount '" + name + "' refers to no volume of spec.volumes, and "
            + "the operator fails the submission with 'volume " + name + " not found': add a volume named '" + name
            + "' to spec.volumes");
      } else if (volume.isEmpty()) {
        findings.error(namePath, VOLUME_MOUNT, "volume mount '" + name + "' refers to no volume of spec.volumes"
            + declaredNames(spec) + ", and the operator drops the mount silently (it looks only in spec.volumes): "
            + "add a volume of that name to spec.volumes");
      } else if (localDir && BuiltPod.confVolumeType(volume.get()).isEmpty()) {
        findings.error(namePath, VOLUME_MOUNT, "volume '" + name + "' of spec.volumes is passed to Spark as a local "
            + "directory, and the operator fails the submission with 'unsupported volume type': make it an emptyDir, "
            + "hostPath, nfs or persistentVolumeClaim volume, or rename it so that it does not start with '"
            + BuiltPod.LOCAL_DIR_PREFIX + "'");
      }
    }
  }

  private static String declaredNames(SparkApplicationSpec spec) {
    List<String> names = spec.volumes() == null ? List.of() : spec.volumes().stream()
        .filter(v -> v != null && v.getName() != null).map(Volume::getName).toList();
    return names.isEmpty() ? "" : " (declared: " + String.join(", ", names) + ")";
  }

  private static String describe(BuiltPod built) {
    Set<String> names = new LinkedHashSet<>();
    built.volumes().forEach(v -> names.add(v.name()));
    return String.join(", ", names);
  }

  private static void checkPorts(PodContainers.Declared declared, Map<String, Integer> added, Findings findings) {
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
      } else if (port.getName() != null && added.containsKey(port.getName())) {
        findings.error(path.field("name"), CONTAINER_PORT, "Spark or the operator adds a port named '" + port.getName()
            + "' (" + added.get(port.getName()) + ") to this container too, and the API server rejects two ports of "
            + "one name: remove this port or give it another name");
      }
    }
  }
}
