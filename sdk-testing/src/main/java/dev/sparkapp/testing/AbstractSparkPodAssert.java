package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.KindPod;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPodResources;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.Optional;

/**
 * Assertions every kubeflow Spark pod spec shares (an application's driver and executors, a SparkConnect's
 * server and executors): cores, memory and, from {@link AbstractSparkTemplatedPodAssert}, the Spark container
 * of the pod template ({@code template}) with its probes.
 *
 * @param <SELF> the concrete assertion type
 * @param <ACTUAL> the pod spec type
 */
public abstract class AbstractSparkPodAssert<SELF extends AbstractSparkPodAssert<SELF, ACTUAL>,
    ACTUAL extends SparkPodResources> extends AbstractSparkTemplatedPodAssert<SELF, ACTUAL> {

  AbstractSparkPodAssert(ACTUAL actual, Class<?> selfType, KindPod<?> pod) {
    super(actual, selfType, pod);
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

  @Override
  final Optional<PodTemplateSpec> templateOf(ACTUAL actual) {
    return actual.template();
  }

  @Override
  final FieldPath templatePath() {
    return path().field("template");
  }

  /** The pod of {@code role} of the kind {@code type}, as the kind declares it. */
  static KindPod<?> declared(Class<? extends SparkResource> type, SparkPod role) {
    return ResourceKinds.of(type).declaredPod(role).orElseThrow();
  }
}
