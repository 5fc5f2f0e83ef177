package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPodSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Assertions shared by the driver ({@link DriverSpecAssert}) and the executors ({@link
 * ExecutorSpecAssert}): resources, labels, volume mounts and the Spark container of the pod template
 * with its probes.
 *
 * @param <SELF> the concrete assertion type
 * @param <ACTUAL> {@code DriverSpec} or {@code ExecutorSpec}
 */
public abstract class AbstractSparkPodSpecAssert<SELF extends AbstractSparkPodSpecAssert<SELF, ACTUAL>,
    ACTUAL extends SparkPodSpec> extends AbstractSparkAssert<SELF, ACTUAL> {

  private final String sparkContainerName;

  AbstractSparkPodSpecAssert(ACTUAL actual, Class<?> selfType, String sparkContainerName) {
    super(actual, selfType);
    this.sparkContainerName = sparkContainerName;
  }

  /**
   * Checks {@code cores}.
   *
   * @return this assertion
   */
  public SELF hasCores(int cores) {
    return hasFieldValue(path().field("cores"), SparkPodSpec::cores, cores);
  }

  /**
   * Checks {@code memory} as written, for example {@code "512m"}.
   *
   * @return this assertion
   */
  public SELF hasMemory(String memory) {
    return hasFieldValue(path().field("memory"), SparkPodSpec::memory, memory);
  }

  /**
   * Checks {@code serviceAccount}.
   *
   * @return this assertion
   */
  public SELF hasServiceAccount(String serviceAccount) {
    return hasFieldValue(path().field("serviceAccount"), SparkPodSpec::serviceAccount, serviceAccount);
  }

  /**
   * Checks that {@code labels} maps {@code key} to {@code value}.
   *
   * @return this assertion
   */
  public SELF hasLabel(String key, String value) {
    return hasFieldValue(path().field("labels").field(key),
        spec -> spec.labels() == null ? null : spec.labels().get(key), value);
  }

  /**
   * Checks that {@code volumeMounts} mounts the volume {@code volumeName} at {@code mountPath}.
   *
   * @return this assertion
   */
  public SELF hasVolumeMount(String volumeName, String mountPath) {
    FieldPath field = path().field("volumeMounts");
    Plain expected = new Plain("volume " + render(volumeName) + " at " + render(mountPath));
    List<VolumeMount> mounts = present(field, "to contain", expected).volumeMounts();
    if (mounts == null) {
      throw notSetFailure(field, "to contain", expected);
    }
    boolean found = mounts.stream().anyMatch(
        m -> volumeName.equals(m.getName()) && Objects.equals(mountPath, m.getMountPath()));
    if (!found) {
      String all = mounts.stream()
          .map(m -> "volume " + render(m.getName()) + " at " + render(m.getMountPath()))
          .collect(Collectors.joining(", ", "[", "]"));
      throw fieldFailure(field, "to contain", expected, new Plain(all));
    }
    return myself;
  }

  /**
   * Navigates to the Spark container of the pod template: the container of {@code template.spec.containers}
   * named {@code spark-kubernetes-driver} or {@code spark-kubernetes-executor}.
   */
  public ContainerAssert container() {
    FieldPath at = path().field("template").field("spec").field("containers").named(sparkContainerName);
    return navigate(at, this::sparkContainer, ContainerAssert::new);
  }

  /** Navigates to the Spark container's {@code livenessProbe}. */
  public ProbeAssert livenessProbe() {
    return container().livenessProbe();
  }

  /** Navigates to the Spark container's {@code readinessProbe}. */
  public ProbeAssert readinessProbe() {
    return container().readinessProbe();
  }

  /** Navigates to the Spark container's {@code startupProbe}. */
  public ProbeAssert startupProbe() {
    return container().startupProbe();
  }

  private Container sparkContainer(SparkPodSpec spec) {
    return spec.template()
        .map(PodTemplateSpec::getSpec)
        .map(podSpec -> podSpec.getContainers() == null ? null : podSpec.getContainers().stream()
            .filter(c -> sparkContainerName.equals(c.getName())).findFirst().orElse(null))
        .orElse(null);
  }
}
