package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApplicationTemplateSpec;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sparkConf} entries of an Apache operator application that the operator replaces before it builds
 * the driver (SparkAppResourceSpecFactory.overrideDependencyConf and SparkAppSubmissionWorker.buildDriverConf
 * of operator 1.0.0): {@code spark.kubernetes.namespace} (the resource's namespace), {@code spark.app.name}
 * (the resource's name, when set at all) and the pod template files (a file of {@code driverSpec} /
 * {@code executorSpec.podTemplateSpec} when that is set). A value that the operator replaces is a value
 * the user believes in and Spark never sees.
 */
final class ApacheOverriddenConfRules implements ApacheRule {
  static final String OVERRIDDEN = "apache-overridden-conf";

  private static final FieldPath CONF = FieldPath.of("spec", "sparkConf");

  @Override
  public void checkApplication(ApacheSparkApplication app, Findings findings) {
    Map<String, String> conf = app.spec().sparkConf();
    if (conf == null) {
      return;
    }
    String namespace = app.namespace().orElse(null);
    String value = conf.get("spark.kubernetes.namespace");
    if (value != null && !value.equals(namespace)) {
      findings.warning(CONF.field("spark.kubernetes.namespace"), OVERRIDDEN, "the operator sets "
          + "spark.kubernetes.namespace to the SparkApplication's namespace" + (namespace == null ? "" : " (" + namespace
              + ")") + ", so '" + value + "' is never used: remove it and create the SparkApplication in the namespace");
    }
    String name = app.name().orElse(null);
    value = conf.get("spark.app.name");
    if (value != null && name != null && !value.equals(name)) {
      findings.warning(CONF.field("spark.app.name"), OVERRIDDEN, "the operator replaces spark.app.name with the "
          + "SparkApplication's name (" + name + "), so '" + value + "' is never used: remove it or rename the resource");
    }
    templateFile(conf, "driver", app.spec().driverSpec(), findings);
    templateFile(conf, "executor", app.spec().executorSpec(), findings);
  }

  private static void templateFile(Map<String, String> conf, String role, Optional<ApplicationTemplateSpec> spec,
      Findings findings) {
    String key = "spark.kubernetes." + role + ".podTemplateFile";
    if (conf.containsKey(key) && spec.flatMap(ApplicationTemplateSpec::podTemplateSpec).isPresent()) {
      findings.warning(CONF.field(key), OVERRIDDEN, "the operator writes " + role + "Spec.podTemplateSpec to a "
          + "file and sets " + key + " to it, so '" + conf.get(key) + "' is never used: keep one of the two");
    }
  }
}
