package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.core.apache.ApacheSparkResource;

/**
 * {@code metadata.name} of the Apache operator's resources. An application's name becomes the label value
 * {@code spark.operator/spark-app-name} on every pod (at most 63 characters) and, as {@code spark.app.id}
 * {@code <name>-<attempt>}, the prefix of the driver Service's name (SparkAppSubmissionWorker.generateSparkAppId,
 * SparkAppDriverConf.resourceNamePrefix), so it must have the form of a Service name. A cluster's name
 * prefixes its StatefulSets {@code <name>-master} / {@code <name>-worker} (a StatefulSet name has at most 52
 * characters, as its pods carry a {@code controller-revision-hash} label {@code <statefulset>-<10 characters>})
 * and Services {@code <name>-master-svc} / {@code <name>-worker-svc} (SparkClusterResourceSpec).
 */
final class ApacheNameRules implements ApacheRule {
  static final String REQUIRED = "apache-name-required";
  static final String FORMAT = "apache-name-format";
  static final String LENGTH = "apache-name-length";

  /** The longest name of a SparkCluster: 52 characters of StatefulSet name less {@code -worker}. */
  static final int MAX_CLUSTER_NAME = 52 - "-worker".length();

  private static final FieldPath PATH = FieldPath.of("metadata", "name");

  @Override
  public void checkApplication(ApacheSparkApplication app, Findings findings) {
    check(app, KubernetesNames.MAX_LABEL_LENGTH, "the operator labels every pod with it (spark.operator/"
        + "spark-app-name), and a label value has at most 63 characters", findings);
  }

  @Override
  public void checkCluster(ApacheSparkCluster cluster, Findings findings) {
    check(cluster, MAX_CLUSTER_NAME, "the operator names the worker StatefulSet '<name>-worker', and a "
        + "StatefulSet name has at most 52 characters (its pods' controller-revision-hash label adds 11)", findings);
  }

  private static void check(ApacheSparkResource resource, int room, String why, Findings findings) {
    String name = resource.name().orElse("");
    if (name.isEmpty()) {
      if (resource.metadata().getGenerateName() == null) {
        findings.error(PATH, REQUIRED, "metadata.name is not set: give the " + resource.kind()
            + " a name (lower-case letters, digits and '-', starting with a letter)");
      }
      return;
    }
    if (!KubernetesNames.hasDns1035Form(name)) {
      findings.error(PATH, FORMAT, "'" + name + "' is not a valid name: the operator names Services after it"
          + (resource instanceof ApacheSparkCluster ? " ('" + name + "-master-svc')" : " (the driver's '" + name
              + "-0-driver-svc')") + ", so use lower-case letters, digits and '-', starting with a letter and ending"
          + " with a letter or digit");
    }
    if (name.length() > room) {
      findings.error(PATH, LENGTH, "'" + name + "' is " + name.length() + " characters long; " + why
          + ": shorten the name to at most " + room + " characters");
    }
  }
}
