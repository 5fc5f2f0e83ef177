package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.yaml.ManifestValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.AssertFactory;
import org.assertj.core.api.MapAssert;
import org.assertj.core.internal.Failures;

/**
 * The base of every assertion of the SDK: an AssertJ object assertion that knows where its actual value
 * sits in a manifest ({@code spec.driver.template.spec.containers[spark-kubernetes-driver].livenessProbe})
 * and prints that path in its failure messages.
 *
 * <p>Navigating to a part of the value ({@code driver()}, {@code livenessProbe()}, ...) never fails,
 * even when the part is not set: the assertion that follows fails instead and names the first field on
 * the way that was missing. That keeps soft assertions collecting instead of stopping.
 *
 * @param <SELF> the concrete assertion type, returned by every check for chaining
 * @param <ACTUAL> the type of the value under test
 */
public abstract class AbstractSparkAssert<SELF extends AbstractSparkAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractObjectAssert<SELF, ACTUAL> {

  private FieldPath path = FieldPath.root();
  /**
   * When {@code actual} is {@code null} because something on the way is missing, what is missing, as
   * failure messages end: "spec.driver was not set".
   */
  private String absence;

  /**
   * Creates an assertion on {@code actual}, located at the root of its manifest.
   *
   * @param actual the value under test, or {@code null}
   * @param selfType the concrete assertion class
   */
  protected AbstractSparkAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /**
   * Navigates to a value extracted from the actual one and returns the assertion {@code assertFactory}
   * creates for it. The new assertion keeps this one's description, representation and soft-assertion
   * state, the AssertJ way; the SDK's own navigation methods ({@code driver()}, {@code livenessProbe()},
   * ...) are built on it.
   *
   * <p>Unlike AssertJ's {@code extracting}, a {@code null} actual value does not fail here: the extractor
   * is given {@code null}, so that navigating through a field that is not set leads to the check that
   * names it.
   *
   * @param extractor reads the value from the actual one; must accept {@code null}
   * @param assertFactory creates the assertion for the extracted value
   * @return the new assertion
   */
  @Override
  public <T, ASSERT extends AbstractAssert<?, ?>> ASSERT extracting(
      Function<? super ACTUAL, ? extends T> extractor, AssertFactory<T, ASSERT> assertFactory) {
    if (actual != null) {
      return super.extracting(extractor, assertFactory);
    }
    ASSERT extracted = assertFactory.createAssert(extractor.apply(null));
    extracted.info.useRepresentation(info.representation());
    extracted.info.description(info.description());
    extracted.info.overridingErrorMessage(info.overridingErrorMessage());
    return extracted;
  }

  /** The path of the actual value inside its manifest; the root for a value asserted on its own. */
  final FieldPath path() {
    return path;
  }

  /** Places this assertion at {@code at}; {@code absence} says what is missing when actual is null. */
  @SuppressWarnings("unchecked")
  final SELF locate(FieldPath at, String absence) {
    this.path = at;
    this.absence = absence;
    return (SELF) this;
  }

  /**
   * Navigates to the part of the actual value at {@code childPath}; {@code getter} returns it or {@code
   * null} when it is not set. Never fails.
   */
  final <T, A extends AbstractSparkAssert<A, T>> A navigate(
      FieldPath childPath, Function<? super ACTUAL, ? extends T> getter, AssertFactory<T, A> factory) {
    return navigate(childPath, childPath + " was not set", getter, factory);
  }

  /**
   * Navigates like {@link #navigate(FieldPath, Function, AssertFactory)}; {@code absenceIfMissing} says
   * what is missing when the child is not there although the actual value is.
   */
  final <T, A extends AbstractSparkAssert<A, T>> A navigate(FieldPath childPath, String absenceIfMissing,
      Function<? super ACTUAL, ? extends T> getter, AssertFactory<T, A> factory) {
    A child = extracting(value -> value == null ? null : getter.apply(value), factory);
    String childAbsence = actual == null ? absence : absenceIfMissing;
    return child.locate(childPath, child.actual == null ? childAbsence : null);
  }

  /**
   * Compares {@code yaml}, the canonical YAML of the actual value, with the snapshot file {@code
   * snapshot}, writing the file when it is missing or when {@code -Dsparkapp.updateSnapshots=true}.
   */
  final SELF matchesSnapshot(String yaml, Path snapshot) {
    GoldenFile golden = GoldenFile.at(snapshot);
    GoldenFile.Outcome outcome = golden.compare(yaml);
    if (outcome instanceof GoldenFile.Written written) {
      System.err.printf("sparkapp: wrote snapshot %s (%s)%n", snapshot, written.reason());
    } else if (outcome instanceof GoldenFile.Missing) {
      throw failure("%nExpecting the snapshot %s%nbut there is none, and on CI (CI is set) none is written:"
          + "%nrun the test locally, review the new file and commit it", snapshot);
    } else if (outcome instanceof GoldenFile.Differs differs) {
      throw failureWithActualExpected(yaml, differs.expected(),
          "%nExpecting the YAML to match the snapshot %s%nbut it differs:%n%s"
              + "If the change is intended, run with -D%s=true and commit the snapshot.",
          snapshot, differs.diff(), GoldenFile.UPDATE_PROPERTY);
    }
    return myself;
  }

  /**
   * Returns the actual value, failing as "Expecting {@code field} {@code expectation}: {@code
   * expected} but ... was not set" when it is missing.
   */
  final ACTUAL present(FieldPath field, String expectation, Object expected) {
    if (actual == null) {
      if (absence == null) {
        isNotNull();
      }
      throw absentFailure(field, expectation, expected, absence);
    }
    return actual;
  }

  /**
   * Checks that the field at {@code field} equals {@code expected}. {@code getter} returns the field's
   * value, an {@link Optional} of it, or {@code null} when not set.
   */
  final SELF hasFieldValue(FieldPath field, Function<? super ACTUAL, ?> getter, Object expected) {
    Object value = unwrap(getter.apply(present(field, "to be", expected)));
    if (value == null) {
      throw notSetFailure(field, "to be", expected);
    }
    if (!Objects.equals(value, expected)) {
      throw fieldFailure(field, "to be", expected, value);
    }
    return myself;
  }

  /**
   * Checks that validation ({@code ManifestValidator.defaults()}: CRD schema and rules) finds no error
   * in {@code resources}; the failure lists every violation, warnings included, each prefixed by its
   * resource when there are several.
   */
  final SELF hasNoValidationErrors(String subject, List<?> resources) {
    List<String> violations = new ArrayList<>();
    boolean errors = false;
    for (Object resource : resources) {
      ValidationResult result = ManifestValidator.defaults().validate(resource);
      String prefix = resources.size() > 1 && resource instanceof SparkResource spark
          ? spark.kind() + " " + render(spark.name().orElse("")) + ": " : "";
      result.violations().forEach(violation -> violations.add(prefix + violation));
      errors |= result.hasErrors();
    }
    if (errors) {
      String listed = String.join(System.lineSeparator() + "  ", violations);
      throw failure("%nExpecting %s to be valid%nbut validation found:%n  %s", subject, listed);
    }
    return myself;
  }

  /**
   * The failure with the message {@code format} (a constant of the SDK's) with {@code arguments}
   * substituted once, never read as a format themselves: see {@link FailureMessage}. Replaces AssertJ's
   * version for every assertion of the SDK.
   */
  @Override
  protected AssertionError failure(String format, Object... arguments) {
    return withoutOwnFrames(Failures.instance().failure(info, new FailureMessage(format, arguments)));
  }

  /**
   * Like {@link #failure(String, Object...)}, with {@code actual} and {@code expected} for IDEs and
   * reports to compare (an opentest4j {@code AssertionFailedError} when opentest4j is there).
   */
  @Override
  protected AssertionError failureWithActualExpected(Object actual, Object expected, String format,
      Object... arguments) {
    return withoutOwnFrames(Failures.instance().failure(info, new FailureMessage(format, arguments), actual, expected));
  }

  /**
   * Removes the frames of this assertion's classes from {@code error}'s stack trace, as AssertJ does for
   * custom assertions (unless {@code Failures.setRemoveAssertJRelatedElementsFromStackTrace(false)}), so that
   * the trace, and a soft assertion's "at" line, starts at the test.
   */
  private AssertionError withoutOwnFrames(AssertionError error) {
    if (!Failures.instance().isRemoveAssertJRelatedElementsFromStackTrace()) {
      return error;
    }
    Set<String> own = new HashSet<>();
    for (Class<?> type = getClass(); type != null && type != AbstractAssert.class; type = type.getSuperclass()) {
      own.add(type.getName());
    }
    error.setStackTrace(Arrays.stream(error.getStackTrace())
        .filter(frame -> !own.contains(frame.getClassName()))
        .toArray(StackTraceElement[]::new));
    return error;
  }

  /**
   * Navigates to the {@code Map<String, String>} at {@code mapPath} ({@code sparkConf}) as an AssertJ map
   * assertion, described by its path unless a description was set. When the map is not set, every check
   * on it fails with "{@code mapPath} is not set" (and what was missing on the way) instead of AssertJ's
   * "Expecting actual not to be null"; {@code isNull()} and {@code isNullOrEmpty()} pass.
   */
  final MapAssert<String, String> navigateToMap(FieldPath mapPath,
      Function<? super ACTUAL, ? extends Map<String, String>> getter) {
    Map<String, String> map = actual == null ? null : getter.apply(actual);
    // Not InstanceOfAssertFactories.map: it fails on a null map at once, with "Expecting actual not to be null".
    MapAssert<String, String> assertion = extracting(value -> map, MapAssert<String, String>::new);
    boolean described = !descriptionText().isEmpty();
    if (!described) {
      assertion.describedAs(new FailureMessage.Literal(mapPath.toString()));
    }
    if (map == null) {
      // An overriding message is read as a format by AssertJ: it holds the path (field names of the SDK's
      // only), and what was missing, which may quote a name the user gave, goes to the literal description.
      if (!described && actual == null && absence != null) {
        assertion.describedAs(new FailureMessage.Literal(mapPath + " (" + absence + ")"));
      }
      assertion.overridingErrorMessage("%nExpecting " + mapPath + " to be checked%nbut " + mapPath + " is not set");
    }
    return assertion;
  }

  /** "Expecting {@code field} {@code expectation}: {@code expected} but was: {@code found}". */
  final AssertionError fieldFailure(FieldPath field, String expectation, Object expected, Object found) {
    return failureWithActualExpected(found, expected, "%nExpecting %s %s:%n  %s%nbut was:%n  %s",
        field, expectation, render(expected), render(found));
  }

  /** "Expecting {@code field} {@code expectation}: {@code expected} but it was not set". */
  final AssertionError notSetFailure(FieldPath field, String expectation, Object expected) {
    return absentFailure(field, expectation, expected, "it was not set");
  }

  /** "Expecting {@code field} {@code expectation}: {@code expected} but {@code absence}". */
  private AssertionError absentFailure(FieldPath field, String expectation, Object expected, String absence) {
    return failureWithActualExpected(null, expected, "%nExpecting %s %s:%n  %s%nbut %s",
        field, expectation, render(expected), absence);
  }

  /** Prints a value the way AssertJ prints values, except {@link Plain} text, printed as is. */
  final String render(Object value) {
    return value instanceof Plain plain ? plain.text() : info.representation().toStringOf(value);
  }

  private static Object unwrap(Object value) {
    return value instanceof Optional<?> optional ? optional.orElse(null) : value;
  }

  /** Text that failure messages print without quotes, such as {@code an httpGet probe}. */
  record Plain(String text) {
    @Override
    public String toString() {
      return text;
    }
  }
}
