package dev.sparkapp.testing;

import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SparkContainerRule;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.core.probe.SparkPod;
import java.util.Map;
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

  private final SparkContainerRule containerRule;

  AbstractSparkPodAssert(ACTUAL actual, Class<?> selfType, SparkContainerRule containerRule) {
    super(actual, selfType);
    this.containerRule = containerRule;
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
   * Navigates to the Spark container of the pod template, the one the pod's operator runs Spark in
   * ({@link SparkContainerRule}): the container of {@code template.spec.containers} named {@code
   * spark-kubernetes-driver} or {@code spark-kubernetes-executor}, else the first.
   */
  public ContainerAssert container() {
    FieldPath at = path().field("template").field("spec").field("containers")
        .named(containerRule.nameForNewContainer(Map.of()));
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
        .flatMap(podSpec -> containerRule.select(podSpec.getContainers(), Map.of()))
        .orElse(null);
  }

  /** The container rule of the pod of {@code role} of the kind {@code type}, as the kind declares it. */
  static SparkContainerRule ruleOf(Class<? extends SparkResource> type, SparkPod role) {
    return ResourceKinds.of(type).declaredPod(role).orElseThrow().containerRule();
  }
}
