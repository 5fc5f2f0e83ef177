package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPodResources;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;

/**
 * Assertions every Spark pod spec shares (an application's driver and executors, a SparkConnect's server
 * and executors): cores, memory and the Spark container of the pod template with its probes.
 *
 * @param <SELF> the concrete assertion type
 * @param <ACTUAL> the pod spec type
 */
public abstract class AbstractSparkPodAssert<SELF extends AbstractSparkPodAssert<SELF, ACTUAL>,
    ACTUAL extends SparkPodResources> extends AbstractSparkAssert<SELF, ACTUAL> {

  private final String sparkContainerName;

  AbstractSparkPodAssert(ACTUAL actual, Class<?> selfType, String sparkContainerName) {
    super(actual, selfType);
    this.sparkContainerName = sparkContainerName;
  }

  /**
   * Checks {@code cores}.
   *
   * @return this assertion
   */
  public SELF hasCores(int cores) {
    return hasFieldValue(path().field("cores"), SparkPodResources::cores, cores);
  }

  /**
   * Checks {@code memory} as written, for example {@code "512m"}.
   *
   * @return this assertion
   */
  public SELF hasMemory(String memory) {
    return hasFieldValue(path().field("memory"), SparkPodResources::memory, memory);
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

  private Container sparkContainer(SparkPodResources spec) {
    return spec.template()
        .map(PodTemplateSpec::getSpec)
        .map(podSpec -> podSpec.getContainers() == null ? null : podSpec.getContainers().stream()
            .filter(c -> sparkContainerName.equals(c.getName())).findFirst().orElse(null))
        .orElse(null);
  }
}
