package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkContainerRule;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * Merges probes, volumes and mounts into a pod template without touching anything else the user put
 * there: other containers, volumes, labels and fields of the Spark container stay as they were. Works on
 * copies made with fabric8 builders; the user's template is never changed.
 */
final class PodTemplates {
  /** The prefix of fabric8's quantity classes: {@code Quantity}, {@code QuantityBuilder}, {@code QuantityFluent}. */
  private static final String QUANTITY_CLASSES = Quantity.class.getName();

  private PodTemplates() {}

  /**
   * Returns a copy of {@code template} (or a new template) whose Spark container carries {@code probes}
   * (replacing probes of the same kinds) and mounts {@code mounts}, and whose pod has {@code volumes}.
   * Spark's container is the one {@code rule} picks when a container has the configured name; when a name
   * is configured but no single container has it, a container of that name is added (Spark then picks
   * it); with no name configured it is the first container, or a new one named as Spark names its own.
   *
   * @throws ProbePresetException when a volume or mount of the same name or path already exists with
   *     other content, or when the template holds a quantity fabric8 cannot copy
   */
  static PodTemplateSpec merge(@Nullable PodTemplateSpec template, SparkContainerRule rule,
      Map<String, String> sparkConf, Map<ProbeKind, Probe> probes, List<Volume> volumes, List<VolumeMount> mounts,
      FieldPath templatePath) {
    try {
      return copyAndMerge(template, rule, sparkConf, probes, volumes, mounts, templatePath);
    } catch (IllegalArgumentException | ArithmeticException notAQuantity) {
      // fabric8's builders parse every quantity again when they copy a pod (QuantityBuilder.build); a
      // Quantity made in code with no number (new Quantity("Mi")) cannot be copied. The reader refuses such
      // text with its line; an object built in code gets this. Any other cause is a bug and stays as it is.
      if (!thrownByQuantity(notAQuantity)) {
        throw notAQuantity;
      }
      throw new ProbePresetException(templatePath, "the pod template holds a quantity that is not one ("
          + notAQuantity.getMessage() + "); a quantity is a number with an optional suffix, such as 500m, 1.5 "
          + "or 2Gi: fix the template's resources and sizeLimits");
    }
  }

  /**
   * Whether fabric8's {@code Quantity} code ({@code Quantity}, {@code QuantityBuilder}, {@code
   * QuantityFluent}) threw {@code thrown}: the one cause {@link #merge} reports as a bad quantity.
   */
  static boolean thrownByQuantity(Throwable thrown) {
    for (StackTraceElement frame : thrown.getStackTrace()) {
      if (frame.getClassName().startsWith(QUANTITY_CLASSES)) {
        return true;
      }
    }
    return false;
  }

  private static PodTemplateSpec copyAndMerge(@Nullable PodTemplateSpec template, SparkContainerRule rule,
      Map<String, String> sparkConf, Map<ProbeKind, Probe> probes, List<Volume> volumes, List<VolumeMount> mounts,
      FieldPath templatePath) {
    PodTemplateSpecBuilder templateBuilder =
        template == null ? new PodTemplateSpecBuilder() : new PodTemplateSpecBuilder(template);
    PodSpec existingSpec = templateBuilder.buildSpec();
    PodSpecBuilder spec = existingSpec == null ? new PodSpecBuilder() : new PodSpecBuilder(existingSpec);
    FieldPath specPath = templatePath.field("spec");

    List<Container> containers = listOf(spec.buildContainers());
    Optional<String> configured = rule.configuredName(sparkConf);
    int index = rule.indexIn(containers, sparkConf);
    if (configured.isPresent() && containers.stream().noneMatch(c -> c != null && configured.get().equals(c.getName()))) {
      index = -1;
    }
    String name = index >= 0 ? containers.get(index).getName() : rule.nameForNewContainer(sparkConf);
    ContainerBuilder container = index < 0
        ? new ContainerBuilder().withName(name)
        : new ContainerBuilder(containers.get(index));
    FieldPath containerPath = name == null ? specPath.field("containers").index(index)
        : specPath.field("containers").named(name);
    probes.forEach((kind, probe) -> {
      switch (kind) {
        case LIVENESS -> container.withLivenessProbe(probe);
        case READINESS -> container.withReadinessProbe(probe);
        case STARTUP -> container.withStartupProbe(probe);
      }
    });
    List<VolumeMount> allMounts = listOf(container.buildVolumeMounts());
    for (VolumeMount mount : mounts) {
      VolumeMount same = null;
      for (VolumeMount existing : allMounts) {
        if (existing != null && mount.getMountPath().equals(existing.getMountPath())) {
          same = existing;
        }
      }
      if (same == null) {
        allMounts.add(mount);
      } else if (!mount.getName().equals(same.getName())) {
        throw new ProbePresetException(containerPath.field("volumeMounts"),
            "volume '" + same.getName() + "' is already mounted at " + mount.getMountPath()
                + ", where a probe preset mounts '" + mount.getName()
                + "'; move that mount or choose another directory (withLogDirectory(...) for log-staleness, "
                + "withStateDirectory(...) for job-progress)");
      }
    }
    container.withVolumeMounts(allMounts);
    if (index < 0) {
      containers.add(container.build());
    } else {
      containers.set(index, container.build());
    }
    spec.withContainers(containers);

    List<Volume> allVolumes = listOf(spec.buildVolumes());
    for (Volume volume : volumes) {
      Volume same = null;
      for (Volume existing : allVolumes) {
        if (existing != null && volume.getName().equals(existing.getName())) {
          same = existing;
        }
      }
      if (same == null) {
        allVolumes.add(volume);
      } else if (!sameVolume(same, volume)) {
        throw new ProbePresetException(specPath.field("volumes").named(volume.getName()),
            "a different volume named '" + volume.getName() + "' already exists; a probe preset "
                + "needs this name for its own volume: rename yours");
      }
    }
    spec.withVolumes(allVolumes);
    return templateBuilder.withSpec(spec.build()).build();
  }

  /**
   * Whether the user's volume {@code existing} is the preset's {@code volume}. fabric8 compares quantities
   * (an emptyDir's {@code sizeLimit}) by their numerical amount and throws {@link IllegalArgumentException}
   * (a {@link NumberFormatException} for {@code "12:30"}, its own for a suffix it does not know) or {@link
   * ArithmeticException} for one that is not a quantity; such a volume
   * is not the preset's, whose quantities are valid.
   */
  private static boolean sameVolume(Volume existing, Volume volume) {
    try {
      return existing.equals(volume);
    } catch (IllegalArgumentException | ArithmeticException notAQuantity) {
      return false;
    }
  }

  /**
   * A mutable copy of a list from a fabric8 builder, which returns {@code null} for a field the manifest left
   * empty ({@code containers:} with no value reads as null).
   */
  private static <T> List<T> listOf(@Nullable List<T> built) {
    return built == null ? new ArrayList<>() : new ArrayList<>(built);
  }
}
