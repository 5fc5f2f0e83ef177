package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import org.junit.jupiter.api.Test;

class ApplicationTypeRulesTest {
  @Test
  void reportsEveryFieldTheCrdRequires() {
    SparkApplication empty = SparkApplication.builder().metadata(m -> m.withName("x")).spec(s -> {}).build();

    assertThat(violations(validate(empty), ApplicationTypeRules.REQUIRED)).containsExactly(
        "spec.type: error: type is required by the CRD: set it to Java, Scala, Python or R [required-field]",
        "spec.sparkVersion: error: sparkVersion is required by the CRD: set it to the Spark version of the image, for "
            + "example 4.0.1 [required-field]",
        "spec.mainApplicationFile: error: mainApplicationFile is required by the CRD: set it to the application's jar "
            + "or .py file, for example local:///opt/spark/examples/jars/spark-examples.jar [required-field]",
        "spec.driver: error: driver is required by the CRD: set at least driver.cores and driver.memory "
            + "[required-field]",
        "spec.executor: error: executor is required by the CRD: set at least executor.instances, cores and memory "
            + "[required-field]");
  }

  @Test
  void pythonApplicationRunsAPyFile() {
    ValidationResult result = validate(TestApps.app(s -> s.type(SparkApplicationType.PYTHON).mainClass(java.util.Optional.empty())));

    assertThat(violations(result, ApplicationTypeRules.PYTHON_MAIN_FILE)).containsExactly("spec.mainApplicationFile: "
        + "error: a Python application runs a .py file, but mainApplicationFile is "
        + "'local:///opt/spark/examples/jars/spark-examples.jar': point it at the .py file, or change type if this is a "
        + "jar [python-main-file]");
  }

  @Test
  void pythonApplicationHasNoMainClass() {
    ValidationResult result = validate(TestApps.app(s -> s.type(SparkApplicationType.PYTHON)
        .mainApplicationFile("local:///opt/spark/examples/src/main/python/pi.py")));

    assertThat(result.violations()).extracting(Violation::toString).containsExactly("spec.mainClass: warning: "
        + "mainClass is ignored for a Python application: remove it [python-main-class]");
    assertThat(validate(TestApps.app(s -> s.type(SparkApplicationType.PYTHON).mainClass(java.util.Optional.empty())
        .mainApplicationFile("local:///app/PI.PY"))).violations()).isEmpty();
  }
}
