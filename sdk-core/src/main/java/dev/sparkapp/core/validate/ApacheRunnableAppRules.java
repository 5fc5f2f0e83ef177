package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.apache.ApacheApplicationSpec;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import java.util.Optional;

/**
 * What an Apache operator application runs, as SparkAppSubmissionWorker.buildDriverConf (operator 1.0.0,
 * lines 150-165) picks its primary resource: {@code jars} if set (a Java application, whose {@code
 * mainClass} Spark's driver needs), else {@code pyFiles} (the first file when {@code mainClass} is {@code
 * org.apache.spark.deploy.PythonRunner}), else {@code sparkRFiles}, else none (a {@code mainClass} already on
 * the image's class path, as the operator's Spark Connect and history server examples do). The fields that
 * lose to an earlier one are ignored.
 */
final class ApacheRunnableAppRules implements ApacheRule {
  static final String NOTHING_TO_RUN = "apache-nothing-to-run";
  static final String MAIN_CLASS_REQUIRED = "apache-main-class-required";
  static final String PYTHON_RUNNER_FILES = "apache-python-runner-files";
  static final String IGNORED_RESOURCE = "apache-ignored-resource";

  /** The main class that runs the first of {@code pyFiles}. */
  static final String PYTHON_RUNNER = "org.apache.spark.deploy.PythonRunner";

  private static final FieldPath SPEC = FieldPath.of("spec");

  @Override
  public void checkApplication(ApacheSparkApplication app, Findings findings) {
    ApacheApplicationSpec spec = app.spec();
    Optional<String> jars = nonEmpty(spec.jars());
    Optional<String> pyFiles = nonEmpty(spec.pyFiles());
    Optional<String> rFiles = nonEmpty(spec.sparkRFiles());
    Optional<String> mainClass = nonEmpty(spec.mainClass());
    if (jars.isEmpty() && pyFiles.isEmpty() && rFiles.isEmpty() && mainClass.isEmpty()) {
      findings.error(SPEC, NOTHING_TO_RUN, "the application sets none of jars, pyFiles, sparkRFiles and mainClass, "
          + "so the driver has nothing to run: set jars and mainClass (Java/Scala), pyFiles (Python) or "
          + "sparkRFiles (R)");
      return;
    }
    if (jars.isPresent()) {
      if (mainClass.isEmpty()) {
        findings.error(SPEC.field("mainClass"), MAIN_CLASS_REQUIRED, "jars is set, so the operator runs a Java "
            + "application, but mainClass is not set and Spark's driver gets no class to run: set mainClass");
      }
      pyFiles.ifPresent(p -> findings.warning(SPEC.field("pyFiles"), IGNORED_RESOURCE, "pyFiles is ignored: "
          + "with jars set the operator runs jars' mainClass and does not pass pyFiles to Spark; remove one of them"
          + " (or put the Python files in sparkConf spark.submit.pyFiles)"));
      rFiles.ifPresent(r -> findings.warning(SPEC.field("sparkRFiles"), IGNORED_RESOURCE, "sparkRFiles is "
          + "ignored: with jars set the operator runs jars' mainClass; remove one of them"));
      return;
    }
    if (mainClass.filter(PYTHON_RUNNER::equals).isPresent() && pyFiles.isEmpty()) {
      findings.error(SPEC.field("pyFiles"), PYTHON_RUNNER_FILES, "mainClass is " + PYTHON_RUNNER + " but pyFiles "
          + "is not set, and the operator takes the Python file to run from pyFiles: set pyFiles to the main "
          + "Python file (further files after a comma)");
      return;
    }
    if (pyFiles.isPresent()) {
      mainClass.filter(c -> !PYTHON_RUNNER.equals(c)).ifPresent(c -> findings.warning(SPEC.field("mainClass"),
          IGNORED_RESOURCE, "mainClass " + c + " is ignored: with pyFiles and no jars the operator runs a Python "
              + "application, which spark-submit starts with " + PYTHON_RUNNER + "; remove mainClass"));
      rFiles.ifPresent(r -> findings.warning(SPEC.field("sparkRFiles"), IGNORED_RESOURCE, "sparkRFiles is "
          + "ignored: with pyFiles set the operator runs the Python file; remove one of them"));
    }
  }

  private static Optional<String> nonEmpty(Optional<String> value) {
    return value.filter(v -> !v.isEmpty());
  }
}
