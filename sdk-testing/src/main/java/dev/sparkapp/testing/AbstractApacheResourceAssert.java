package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.KindPod;
import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.apache.ApacheSparkResource;
import dev.sparkapp.core.apache.RuntimeVersions;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.MapAssert;

/**
 * Assertions both kinds of the Apache Spark Kubernetes operator share ({@link ApacheSparkApplicationAssert},
 * {@link ApacheSparkClusterAssert}): on top of metadata, validity and snapshots ({@link
 * AbstractSparkMetadataAssert}), {@code spec.runtimeVersions}, {@code spec.sparkConf} and the pods the kind
 * declares ({@link #pod(SparkPod)}).
 *
 * @param <SELF> the concrete assertion type
 * @param <ACTUAL> {@code ApacheSparkApplication} or {@code ApacheSparkCluster}
 */
public abstract class AbstractApacheResourceAssert<SELF extends AbstractApacheResourceAssert<SELF, ACTUAL>,
    ACTUAL extends ApacheSparkResource> extends AbstractSparkMetadataAssert<SELF, ACTUAL> {

  private final ResourceKind<ACTUAL> kind;
  private final Function<ACTUAL, RuntimeVersions> runtimeVersions;

  AbstractApacheResourceAssert(ACTUAL actual, Class<?> selfType, Class<ACTUAL> type,
      Function<ACTUAL, RuntimeVersions> runtimeVersions) {
    super(actual, selfType);
    this.kind = ResourceKinds.of(type);
    this.runtimeVersions = runtimeVersions;
  }

  /**
   * Checks {@code spec.runtimeVersions.sparkVersion}.
   *
   * @return this assertion
   */
  public SELF hasSparkVersion(String sparkVersion) {
    return hasFieldValue(runtimeVersionsPath().field("sparkVersion"),
        r -> runtimeVersions.apply(r).sparkVersion(), sparkVersion);
  }

  /**
   * Checks {@code spec.runtimeVersions.scalaVersion}.
   *
   * @return this assertion
   */
  public SELF hasScalaVersion(String scalaVersion) {
    return hasFieldValue(runtimeVersionsPath().field("scalaVersion"),
        r -> runtimeVersions.apply(r).scalaVersion(), scalaVersion);
  }

  /**
   * Checks {@code spec.runtimeVersions.jdkVersion}.
   *
   * @return this assertion
   */
  public SELF hasJdkVersion(String jdkVersion) {
    return hasFieldValue(runtimeVersionsPath().field("jdkVersion"),
        r -> runtimeVersions.apply(r).jdkVersion(), jdkVersion);
  }

  /**
   * Navigates to {@code spec.sparkConf} as an AssertJ map assertion, described by its path unless a
   * description was set. A {@code sparkConf} that is not set is a {@code null} map: checks on it fail with
   * "spec.sparkConf is not set", and {@code isNull()} passes.
   */
  public MapAssert<String, String> sparkConf() {
    return navigateToMap(kind.sparkConfPath(), kind::sparkConfOrNull);
  }

  /**
   * Navigates to the pod template of the resource's pod of {@code role}, as the resource's kind declares
   * the pod ({@link ResourceKind#declaredPod(SparkPod)}: where its template sits, how its operator picks
   * Spark's container). A template that is not set fails the check that follows, naming its path.
   *
   * @param role the pod's role, such as {@link SparkPod#DRIVER}
   * @return the assertion on the pod's template
   * @throws IllegalArgumentException when the kind declares no pod of {@code role}; the message lists the
   *     roles it declares
   */
  public PodTemplateAssert pod(SparkPod role) {
    Objects.requireNonNull(role, "role");
    KindPod<ACTUAL> pod = kind.declaredPod(role).orElseThrow(() -> new IllegalArgumentException(
        kind.kind() + " (" + kind.group() + ") declares no " + role.specField() + " pod; its pods: "
            + kind.declaredPods().stream().map(p -> p.role().specField() + " at " + p.path())
                .collect(Collectors.joining(", ", "[", "]"))));
    PodTemplateAssert template = navigate(pod.templatePath(), r -> pod.template(r).orElse(null),
        t -> new PodTemplateAssert(t, pod));
    return template.declaredAs(pod).usingSparkConf(actual == null ? null : kind.sparkConfOrNull(actual));
  }

  private FieldPath runtimeVersionsPath() {
    return path().field("spec").field("runtimeVersions");
  }
}
