package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkApplicationType;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields the CRD requires ({@code type}, {@code sparkVersion}, {@code mainApplicationFile},
 * {@code driver}, {@code executor}) and what the application type implies: a Python application runs a
 * {@code .py} file and has no {@code mainClass}.
 */
final class ApplicationTypeRules implements Rule {
  static final String REQUIRED = "required-field";
  static final String PYTHON_MAIN_FILE = "python-main-file";
  static final String PYTHON_MAIN_CLASS = "python-main-class";

  @Override
  public void checkSpec(SparkApplicationSpec spec, FieldPath at, Findings findings) {
    required(spec.type(), at, "type", "set it to Java, Scala, Python or R", findings);
    required(spec.sparkVersion(), at, "sparkVersion", "set it to the Spark version of the image, for example 4.0.1", findings);
    required(spec.mainApplicationFile(), at, "mainApplicationFile",
        "set it to the application's jar or .py file, for example local:///opt/spark/examples/jars/spark-examples.jar",
        findings);
    required(spec.driver(), at, "driver", "set at least driver.cores and driver.memory", findings);
    required(spec.executor(), at, "executor", "set at least executor.instances, cores and memory", findings);
    if (spec.type().orElse(null) != SparkApplicationType.PYTHON) {
      return;
    }
    spec.mainApplicationFile()
        .filter(file -> !file.toLowerCase(Locale.ROOT).endsWith(".py"))
        .ifPresent(file -> findings.error(at.field("mainApplicationFile"), PYTHON_MAIN_FILE,
            "a Python application runs a .py file, but mainApplicationFile is '" + file
                + "': point it at the .py file, or change type if this is a jar"));
    spec.mainClass().ifPresent(mainClass -> findings.warning(at.field("mainClass"), PYTHON_MAIN_CLASS,
        "mainClass is ignored for a Python application: remove it"));
  }

  private static void required(Optional<?> value, FieldPath at, String field, String fix, Findings findings) {
    if (value.isEmpty()) {
      findings.error(at.field(field), REQUIRED, field + " is required by the CRD: " + fix);
    }
  }
}
