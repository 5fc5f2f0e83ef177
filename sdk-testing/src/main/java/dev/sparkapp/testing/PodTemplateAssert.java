package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.KindPod;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions on the pod template of a Spark pod as its resource kind declares it ({@link KindPod}): an Apache
 * SparkApplication's driver ({@code spec.driverSpec.podTemplateSpec}) and executors ({@code
 * spec.executorSpec.podTemplateSpec}), or any other pod a kind declares. Spark's container is picked by the
 * kind's rule ({@link #container()}); paths in failure messages start at the template.
 *
 * <pre>{@code
 * assertThat(apachePi).driver()
 *     .hasProbe(ProbeKind.STARTUP, Probes.sparkUi())
 *     .livenessProbe().isHttpGet(4040, "/api/v1/version");
 * }</pre>
 */
public class PodTemplateAssert extends AbstractSparkTemplatedPodAssert<PodTemplateAssert, PodTemplateSpec> {

  /**
   * Creates an assertion on the template of {@code pod}; prefer navigating, as in {@code
   * assertThat(apachePi).driver()}, which also gives it the resource's {@code sparkConf}.
   *
   * @param actual the pod template under test, or {@code null} when not set
   * @param pod the declaration of the pod the template belongs to
   */
  public PodTemplateAssert(PodTemplateSpec actual, KindPod<?> pod) {
    super(actual, PodTemplateAssert.class, Objects.requireNonNull(pod, "pod"));
  }

  /**
   * Creates an assertion on a template of a pod not yet known, for AssertJ's soft assertions, which
   * re-create a navigated assertion from its actual value; the navigation then tells it the pod. Checks on
   * Spark's container throw {@link IllegalStateException} until then: use {@link
   * #PodTemplateAssert(PodTemplateSpec, KindPod)} or navigate.
   *
   * @param actual the pod template under test, or {@code null} when not set
   */
  public PodTemplateAssert(PodTemplateSpec actual) {
    super(actual, PodTemplateAssert.class, null);
  }

  /**
   * Checks that the template's {@code metadata.labels} maps {@code key} to {@code value}.
   *
   * @return this assertion
   */
  public PodTemplateAssert hasLabel(String key, String value) {
    return hasFieldValue(path().field("metadata").field("labels").field(key), template -> Optional
        .ofNullable(template.getMetadata()).map(ObjectMeta::getLabels).map(labels -> labels.get(key)), value);
  }

  @Override
  Optional<PodTemplateSpec> templateOf(PodTemplateSpec actual) {
    return Optional.of(actual);
  }

  @Override
  FieldPath templatePath() {
    return path();
  }
}
