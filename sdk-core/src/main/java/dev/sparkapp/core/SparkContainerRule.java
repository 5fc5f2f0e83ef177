package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.Container;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an operator tells Spark which container of a pod template is Spark's, and therefore the one
 * container that a probe must sit in to reach the Spark process. There is one rule per operator; every
 * part of the SDK (presets, validation, {@code explain}, companions, assertions) asks the pod's rule.
 *
 * <p>Spark itself picks the container with {@code KubernetesUtils.selectSparkContainer} (apache/spark
 * v4.0.1, {@code resource-managers/kubernetes/core/src/main/scala/org/apache/spark/deploy/k8s/KubernetesUtils.scala}):
 * given the configured name ({@code spark.kubernetes.driver.podTemplateContainerName} or {@code
 * spark.kubernetes.executor.podTemplateContainerName}) it takes the one container of that name; when no
 * name is configured, when no container has it, or when several have it, it takes the first container;
 * when the template has no container it starts from an empty one. {@link #select} is that rule; an
 * operator's rule only says which name is configured.
 */
public final class SparkContainerRule {
  private final String description;
  private final String fixedName;
  private final String confKey;
  private final String defaultName;
  private final boolean operatorAddsMissing;

  private SparkContainerRule(String description, String fixedName, String confKey, String defaultName,
      boolean operatorAddsMissing) {
    this.description = description;
    this.fixedName = fixedName;
    this.confKey = confKey;
    this.defaultName = defaultName;
    this.operatorAddsMissing = operatorAddsMissing;
  }

  /**
   * The rule of an operator that always configures {@code name}, after the user's {@code sparkConf}, so
   * that the user's setting never counts: the kubeflow spark-operator passes {@code
   * spark.kubernetes.{driver,executor}.podTemplateContainerName} as {@code spark-kubernetes-driver} /
   * {@code spark-kubernetes-executor} (v2.5.2 {@code internal/controller/sparkapplication/submission.go}).
   */
  public static SparkContainerRule configuredByOperator(String name) {
    Objects.requireNonNull(name, "name");
    return new SparkContainerRule("the operator configures '" + name + "'", name, null, name, false);
  }

  /**
   * The rule of an operator that runs the Spark process itself, in the first template container named
   * {@code name}, and appends a container of that name when the template has none; Spark's own selection
   * plays no part. The Apache operator's SparkCluster master ({@code master}) and workers ({@code worker}):
   * {@code SparkClusterResourceSpec.buildMasterStatefulSet}/{@code buildWorkerStatefulSet} at 1.0.0 call
   * {@code hasMatchingContainer} / {@code addNewContainer().withName(name)} and {@code editMatchingContainer}.
   */
  public static SparkContainerRule namedByOperator(String name) {
    Objects.requireNonNull(name, "name");
    return new SparkContainerRule("the operator runs it in the first container named '" + name
        + "', appended when there is none", name, null, name, true);
  }

  /**
   * The rule of an operator that configures nothing: Spark takes the container named by the user's
   * {@code sparkConf[confKey]} when set, else the first container (the Apache Spark Kubernetes Operator).
   * A container the SDK must create is named {@code sparkConf[confKey]}, else {@code defaultName} (Spark's
   * own name for the container it creates, {@code spark-kubernetes-driver} / {@code -executor}).
   */
  public static SparkContainerRule configuredInSparkConf(String confKey, String defaultName) {
    Objects.requireNonNull(confKey, "confKey");
    Objects.requireNonNull(defaultName, "defaultName");
    return new SparkContainerRule("sparkConf '" + confKey + "' names it, else the first container",
        null, confKey, defaultName, false);
  }

  /**
   * Returns the container name Spark is given for this pod, when one is: the operator's fixed name, or
   * the user's {@code sparkConf} setting.
   */
  public Optional<String> configuredName(Map<String, String> sparkConf) {
    if (fixedName != null) {
      return Optional.of(fixedName);
    }
    String value = sparkConf == null ? null : sparkConf.get(confKey);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /**
   * Returns the name that a Spark container created by the SDK (in a template without one) gets, so
   * that Spark picks it: the configured name, else Spark's own name for the container it creates.
   */
  public String nameForNewContainer(Map<String, String> sparkConf) {
    return configuredName(sparkConf).orElse(defaultName);
  }

  /** Returns the position of Spark's container in {@code containers}, or -1 when there is none. */
  public int indexIn(List<Container> containers, Map<String, String> sparkConf) {
    if (operatorAddsMissing) {
      for (int i = 0; containers != null && i < containers.size(); i++) {
        if (containers.get(i) != null && fixedName.equals(containers.get(i).getName())) {
          return i;
        }
      }
      return -1;
    }
    return selectIndex(containers, configuredName(sparkConf));
  }

  /**
   * Returns Spark's container among {@code containers} (a pod template's, in order; {@code null}
   * elements are skipped), empty when there is none and Spark would start from an empty container.
   */
  public Optional<Container> select(List<Container> containers, Map<String, String> sparkConf) {
    List<Container> present = containers == null ? List.of() : containers.stream().filter(Objects::nonNull).toList();
    int index = indexIn(present, sparkConf);
    return index < 0 ? Optional.empty() : Optional.of(present.get(index));
  }

  /**
   * Spark's {@code selectSparkContainer}: the index of the one container named {@code name}; else (no
   * name, none or several of that name) of the first container; -1 when {@code containers} is empty. A
   * nameless container never matches a name.
   */
  public static int selectIndex(List<Container> containers, Optional<String> name) {
    if (containers == null || containers.isEmpty()) {
      return -1;
    }
    if (name.isPresent()) {
      int found = -1;
      int count = 0;
      for (int i = 0; i < containers.size(); i++) {
        Container c = containers.get(i);
        if (c != null && name.get().equals(c.getName())) {
          found = i;
          count++;
        }
      }
      if (count == 1) {
        return found;
      }
    }
    return 0;
  }

  /** Returns whether an operator fixes the name, whatever {@code sparkConf} says. */
  public boolean isFixedByOperator() {
    return fixedName != null;
  }

  @Override
  public String toString() {
    return "SparkContainerRule{" + description + "}";
  }
}
