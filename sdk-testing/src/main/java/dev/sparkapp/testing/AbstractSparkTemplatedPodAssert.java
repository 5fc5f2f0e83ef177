package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.KindPod;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.probe.ProbePreset;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions every Spark pod with a pod template shares, whatever its kind and operator: Spark's container
 * of the template, picked by the rule the pod's kind declares ({@link KindPod#containerRule()}: the kubeflow
 * operator's fixed {@code spark-kubernetes-driver}/{@code -executor}, the Apache operator's sparkConf {@code
 * spark.kubernetes.{driver,executor}.podTemplateContainerName}, else the first container), its probes and
 * whether a probe is a preset's.
 *
 * @param <SELF> the concrete assertion type
 * @param <ACTUAL> the type of the pod's part under test: a pod spec holding a template, or the template
 */
public abstract class AbstractSparkTemplatedPodAssert<SELF extends AbstractSparkTemplatedPodAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractSparkAssert<SELF, ACTUAL> {

  /**
   * The declaration of the pod; {@code null} only in an assertion AssertJ's soft assertions created with
   * the one-argument constructor, until the navigation that made it sets it ({@link #declaredAs}).
   */
  private KindPod<?> pod;
  /** The {@code sparkConf} of the resource the pod belongs to, which names Spark's container and ports. */
  private Map<String, String> sparkConf = Map.of();

  AbstractSparkTemplatedPodAssert(ACTUAL actual, Class<?> selfType, KindPod<?> pod) {
    super(actual, selfType);
    this.pod = pod;
  }

  /** Sets the declaration of the pod under test; returns this. */
  @SuppressWarnings("unchecked")
  final SELF declaredAs(KindPod<?> declaration) {
    this.pod = Objects.requireNonNull(declaration, "declaration");
    return (SELF) this;
  }

  private KindPod<?> pod() {
    if (pod == null) {
      throw new IllegalStateException("this assertion does not know which pod it checks; navigate to it from the "
          + "resource's assertion, as in assertThat(app).driver()");
    }
    return pod;
  }

  /** The pod's template in {@code actual} (never {@code null}), empty when not set. */
  abstract Optional<PodTemplateSpec> templateOf(ACTUAL actual);

  /** The path of the pod's template, relative to this assertion's {@link #path()}. */
  abstract FieldPath templatePath();

  /** Gives this assertion the {@code sparkConf} of the pod's resource ({@code null}: none); returns this. */
  @SuppressWarnings("unchecked")
  final SELF usingSparkConf(Map<String, String> conf) {
    this.sparkConf = conf == null ? Map.of() : conf;
    return (SELF) this;
  }

  /**
   * Navigates to Spark's container of the pod template, the one the pod's operator runs Spark in, as the
   * pod's kind declares it ({@link dev.sparkapp.core.SparkContainerRule}): for the kubeflow operator the
   * container of {@code template.spec.containers} named {@code spark-kubernetes-driver} or {@code
   * spark-kubernetes-executor}, for the Apache operator the one sparkConf's {@code
   * spark.kubernetes.{driver,executor}.podTemplateContainerName} names; else the first. Failure messages
   * name the container picked, or, when there is none, the one Spark would create.
   */
  public ContainerAssert container() {
    Container spark = actual == null ? null : sparkContainer(actual);
    String name = spark != null && spark.getName() != null ? spark.getName()
        : pod().containerRule().nameForNewContainer(sparkConf);
    return navigate(templatePath().field("spec").field("containers").named(name), value -> spark, ContainerAssert::new);
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

  /**
   * Checks that Spark's container has, as its probe of {@code kind}, exactly the probe {@code preset} gives
   * this pod under the resource's {@code sparkConf} ({@link ProbePreset#toProbe}): handler, port, path or
   * command, and every timing field. A probe edited after the preset was attached (another period, another
   * port) fails, naming both.
   *
   * @param kind the probe's kind: liveness, readiness or startup
   * @param preset the preset, such as {@code Probes.sparkUi()}
   * @return this assertion
   */
  public SELF hasProbe(ProbeKind kind, ProbePreset preset) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(preset, "preset");
    ProbeAssert probe = container().probe(kind);
    Probe expected;
    try {
      expected = preset.toProbe(kind, pod().role(), sparkConf);
    } catch (SparkAppException e) {
      throw failure("%nExpecting %s to be the preset %s%nbut the preset does not fit this pod:%n  %s",
          probe.path(), render(preset.name()), e.getMessage());
    }
    probe.isProbe(expected, new Plain("the preset " + render(preset.name())));
    return myself;
  }

  private Container sparkContainer(ACTUAL value) {
    return templateOf(value)
        .map(PodTemplateSpec::getSpec)
        .flatMap(podSpec -> pod().containerRule().select(podSpec.getContainers(), sparkConf))
        .orElse(null);
  }
}
