package dev.sparkapp.testing;

import dev.sparkapp.core.FieldPath;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.AssertFactory;

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
  /** When {@code actual} is {@code null} because a field on the way was not set: that field. */
  private FieldPath missing;

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

  /** Places this assertion at {@code at}; {@code firstMissing} names the unset field when actual is null. */
  @SuppressWarnings("unchecked")
  final SELF locate(FieldPath at, FieldPath firstMissing) {
    this.path = at;
    this.missing = firstMissing;
    return (SELF) this;
  }

  /**
   * Navigates to the part of the actual value at {@code childPath}; {@code getter} returns it or {@code
   * null} when it is not set. Never fails.
   */
  final <T, A extends AbstractSparkAssert<A, T>> A navigate(
      FieldPath childPath, Function<? super ACTUAL, ? extends T> getter, AssertFactory<T, A> factory) {
    A child = extracting(value -> value == null ? null : getter.apply(value), factory);
    FieldPath firstMissing = actual == null ? missing : childPath;
    return child.locate(childPath, child.actual == null ? firstMissing : null);
  }

  /**
   * Returns the actual value, failing as "Expecting {@code field} {@code expectation}: {@code
   * expected} but ... was not set" when it is missing.
   */
  final ACTUAL present(FieldPath field, String expectation, Object expected) {
    if (actual == null) {
      if (missing == null) {
        isNotNull();
      }
      throw notSetFailure(field, missing, expectation, expected);
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
      throw notSetFailure(field, field, "to be", expected);
    }
    if (!Objects.equals(value, expected)) {
      throw fieldFailure(field, "to be", expected, value);
    }
    return myself;
  }

  /** "Expecting {@code field} {@code expectation}: {@code expected} but was: {@code found}". */
  final AssertionError fieldFailure(FieldPath field, String expectation, Object expected, Object found) {
    return failureWithActualExpected(found, expected, "%nExpecting %s %s:%n  %s%nbut was:%n  %s",
        field, expectation, render(expected), render(found));
  }

  /** "Expecting {@code field} {@code expectation}: {@code expected} but {@code unset} was not set". */
  final AssertionError notSetFailure(FieldPath field, FieldPath unset, String expectation, Object expected) {
    String subject = unset.equals(field) ? "it" : unset.toString();
    return failureWithActualExpected(null, expected, "%nExpecting %s %s:%n  %s%nbut %s was not set",
        field, expectation, render(expected), subject);
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
