package dev.sparkapp.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.core.validate.Validator;
import dev.sparkapp.core.validate.Violation;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The SDK's one validation entry point: validates spark-operator resources offline, against the {@code
 * openAPIV3Schema} of the bundled kubeflow CRDs (v2.5.2) and against the Spark and Kubernetes rules of the
 * typed model (run through the internal {@link Validator}). Returns every violation at once; for
 * manifests read from text each violation carries its {@code source:line:column}.
 *
 * <pre>{@code
 * ManifestValidator.defaults().validate(app).throwIfErrors();
 * ValidationResult result = ManifestValidator.defaults().strict(true)
 *     .validate(SparkYaml.strict().read(Path.of("app.yaml")));
 * SparkYaml.strict().forEachDocument(text, "apps.yaml", doc -> report(validator.validate(doc)));
 * }</pre>
 *
 * <p>Instances are immutable; the option methods return changed copies.
 */
public final class ManifestValidator {
  /** The rule id of a document that could not be read (bad YAML, an unknown field, a wrong type). */
  public static final String READ_RULE = "read";

  /**
   * The rule id of a warning for a null value of a field that is not {@code nullable} ({@code cores:} with
   * nothing after it): the API server drops it, and the SDK reads it as absent.
   */
  public static final String NULL_RULE = "null-value";

  private static final ManifestValidator DEFAULTS = new ManifestValidator(Validator.defaults());

  private final Validator rules;

  private ManifestValidator(Validator rules) {
    this.rules = rules;
  }

  /** Returns a validator targeting the bundled operator release (2.5.2), not strict. */
  public static ManifestValidator defaults() {
    return DEFAULTS;
  }

  /**
   * Loads and compiles every bundled CRD schema now instead of on the first validation of a document of
   * its kind, which otherwise pays for that kind's schema (about 0.1 s each on a cold JVM). Services call
   * it at start-up; the {@code sparkapp} command does not (it warms only the SparkApplication schema, on a
   * second thread). Calling it again does nothing.
   */
  public static void loadSchemas() {
    CrdSchemas.load();
  }

  /**
   * Returns a copy that targets spark-operator {@code version}, such as {@code 2.1.0}.
   *
   * @throws dev.sparkapp.core.InvalidArgumentException when {@code version} is not {@code major.minor[.patch]}
   */
  public ManifestValidator targetOperatorVersion(String version) {
    return new ManifestValidator(rules.targetOperatorVersion(version));
  }

  /** Returns a copy that, when {@code strict}, reports every warning as an error. */
  public ManifestValidator strict(boolean strict) {
    return new ManifestValidator(rules.strict(strict));
  }

  /**
   * Validates a model object ({@link dev.sparkapp.core.SparkApplication} or
   * {@link dev.sparkapp.core.ScheduledSparkApplication}): renders it as it would be written, checks the
   * schema and runs the rules. Any other object is not checked and counts as one skipped document.
   */
  public ValidationResult validate(Object resource) {
    Objects.requireNonNull(resource, "resource");
    if (!(resource instanceof SparkResource spark)) {
      return ValidationResult.of(List.of(), 1);
    }
    return ValidationResult.of(check(spark, SparkYaml.strict().toTree(spark)));
  }

  /**
   * Validates every spark-operator document of {@code manifest}, as read, giving each violation its
   * position in the source. Documents of other kinds are skipped and counted.
   */
  public ValidationResult validate(Manifest manifest) {
    return ValidationResult.merge(manifest.documents().stream().map(this::validate).toList());
  }

  /**
   * Validates one document as read, giving each violation its position in the source; with
   * {@link SparkYaml#forEachDocument} it checks a long stream of documents one at a time. A document of
   * another kind is not checked and counts as one skipped document.
   */
  public ValidationResult validate(ManifestDocument document) {
    if (!(document.resource() instanceof SparkResource spark)) {
      return ValidationResult.of(List.of(), 1);
    }
    List<Violation> violations = new ArrayList<>();
    for (FieldPath pruned : document.prunedNulls()) {
      Violation warning = Violation.warning(pruned, NULL_RULE, "a null has no effect: the API server drops the"
          + " null of a field that is not nullable, so the field is absent; give it a value or remove the key");
      violations.add((rules.isStrict() ? warning.withSeverity(dev.sparkapp.core.validate.Severity.ERROR) : warning)
          .at(document.positionOf(pruned).orElse(document.start())));
    }
    for (Violation violation : check(spark, document.tree())) {
      violations.add(violation.at(document.positionOf(violation.path()).orElse(document.start())));
    }
    return ValidationResult.of(violations);
  }

  /**
   * Validates the manifest file at {@code path} (UTF-8) one document at a time, as {@code sparkapp validate}
   * and the Maven plugin's {@code validate} goal do; positions name the path as given. A document that
   * cannot be read ends the file: each of its field errors is reported as an error of rule {@value #READ_RULE}
   * at its position, after the violations of the documents before it. A null that has no effect is a warning
   * of rule {@value #NULL_RULE}.
   *
   * @throws UnreadableSourceException if the file cannot be read at all (missing, unreadable)
   */
  public ValidationResult validateFile(Path path) {
    String source = path.toString();
    return validateDocuments(source, action -> SparkYaml.strict().forEachDocument(path, action));
  }

  /**
   * Validates all of {@code in} (UTF-8) as {@link #validateFile(Path)} does; positions name
   * {@code sourceName}. The stream is not closed.
   *
   * @throws UnreadableSourceException if the stream fails
   */
  public ValidationResult validateStream(InputStream in, String sourceName) {
    return validateDocuments(sourceName, action -> SparkYaml.strict().forEachDocument(in, sourceName, action));
  }

  private ValidationResult validateDocuments(String source,
      Consumer<Consumer<ManifestDocument>> reader) {
    List<ValidationResult> results = new ArrayList<>();
    try {
      // One document at a time: a 1,000-document file never holds more than one tree.
      reader.accept(document -> results.add(validate(document)));
    } catch (ManifestException e) {
      List<Violation> read = new ArrayList<>();
      for (ManifestException error : e.errors()) {
        read.add(Violation.error(error.path(), READ_RULE, error.reason())
            .at(error.position().orElse(SourcePosition.of(source, 1, 1))));
      }
      results.add(ValidationResult.of(read));
    }
    return ValidationResult.merge(results);
  }

  /**
   * Returns the line that reports {@code violation} to a person, as {@code sparkapp validate} prints it and
   * the Maven plugin logs it: {@code FILE:LINE:COL: severity: PATH: message [rule-id]}, without the
   * position when the violation has none.
   */
  public static String describe(Violation violation) {
    return violation.position().map(p -> p + ": ").orElse("") + violation.severity() + ": " + violation.path()
        + ": " + violation.message() + " [" + violation.ruleId() + "]";
  }

  /**
   * Schema violations, then rule violations. A schema violation at a path where a rule already reports an
   * error is dropped: the rule's message says more (for example for a required field).
   */
  private List<Violation> check(SparkResource resource, JsonNode tree) {
    List<Violation> ruled = rules.validate(resource).violations();
    Set<FieldPath> explained = new HashSet<>();
    ruled.stream().filter(Violation::isError).forEach(v -> explained.add(v.path()));
    List<Violation> all = new ArrayList<>();
    CrdSchemas.check(tree).stream().filter(v -> !explained.contains(v.path())).forEach(all::add);
    all.addAll(ruled);
    return all;
  }

  @Override
  public String toString() {
    return "ManifestValidator{operator " + rules.targetOperatorVersion() + (rules.isStrict() ? ", strict" : "") + "}";
  }
}
