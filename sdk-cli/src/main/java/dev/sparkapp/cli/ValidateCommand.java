package dev.sparkapp.cli;

import dev.sparkapp.core.InvalidArgumentException;
import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.core.validate.Violation;
import dev.sparkapp.yaml.UnreadableSourceException;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sparkapp validate FILE...}: checks manifests offline against the CRD schema and the Spark rules. */
@Command(name = "validate", description = {
    "Check manifests offline against their operator's CRD schema and the operators' and Spark's rules.",
    "One line per violation, FILE:LINE:COL: severity: PATH: message [rule-id], then a summary.",
    "Documents that are neither operator's resources are skipped and counted.",
    "Exit 0 when there is no error, 1 when there is one, 2 on usage or I/O errors."})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-o", "--output"}, defaultValue = "text", description = "text (default) or json.")
  String output;

  @Option(names = "--strict", description = "Report warnings as errors.")
  boolean strict;

  @Option(names = "--operator-version", paramLabel = "VERSION",
      description = "The spark-operator release to check against, such as 2.1.0 (default: 2.5.2).")
  String operatorVersion;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Manifest files; - reads standard input.")
  List<String> files;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!output.equals("text") && !output.equals("json")) {
      err.println("sparkapp validate: --output must be text or json, got '" + output + "'");
      return SparkAppCommand.EXIT_USAGE;
    }
    ManifestValidator validator;
    try {
      validator = operatorVersion == null ? ManifestValidator.defaults().strict(strict)
          : ManifestValidator.defaults().strict(strict).targetOperatorVersion(operatorVersion);
    } catch (InvalidArgumentException e) {
      err.println("sparkapp validate: --operator-version: " + e.getMessage());
      return SparkAppCommand.EXIT_USAGE;
    }
    List<ValidationResult> results = new ArrayList<>();
    boolean ioError = false;
    for (String file : files) {
      try {
        results.add(ManifestFiles.STDIN.equals(file) ? validator.validateStream(System.in, "<stdin>")
            : validator.validateFile(Path.of(file)));
      } catch (UnreadableSourceException e) {
        err.println(e.getMessage());
        ioError = true;
      }
    }
    ValidationResult all = ValidationResult.merge(results);
    if (output.equals("json")) {
      printJson(all);
    } else {
      printText(all);
    }
    return ioError ? SparkAppCommand.EXIT_USAGE : all.hasErrors() ? SparkAppCommand.EXIT_FAILURE : 0;
  }

  private void printText(ValidationResult result) {
    PrintWriter out = spec.commandLine().getOut();
    for (Violation v : result.violations()) {
      out.println(ManifestValidator.describe(v));
    }
    out.println(files.size() + (files.size() == 1 ? " file" : " files") + " checked: " + result);
    out.flush();
  }

  private void printJson(ValidationResult result) {
    List<Map<String, Object>> violations = new ArrayList<>();
    for (Violation v : result.violations()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("file", v.position().map(SourcePosition::source).orElse(null));
      item.put("line", v.position().map(SourcePosition::line).orElse(null));
      item.put("column", v.position().map(SourcePosition::column).orElse(null));
      item.put("severity", v.severity().toString());
      item.put("path", v.path().toString());
      item.put("message", v.message());
      item.put("rule", v.ruleId());
      violations.add(item);
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("files", files.size());
    report.put("errors", result.errors().size());
    report.put("warnings", result.warnings().size());
    report.put("skippedDocuments", result.skippedDocuments());
    report.put("violations", violations);
    PrintWriter out = spec.commandLine().getOut();
    out.print(SparkYaml.strict().toJson(report));
    out.flush();
  }
}
