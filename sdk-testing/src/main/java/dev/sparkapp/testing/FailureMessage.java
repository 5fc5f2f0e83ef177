package dev.sparkapp.testing;

import java.util.Arrays;
import org.assertj.core.description.Description;
import org.assertj.core.description.EmptyTextDescription;
import org.assertj.core.error.DescriptionFormatter;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.presentation.Representation;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * The message of one failure of the SDK's assertions, AssertJ style (an {@link ErrorMessageFactory}, as
 * AssertJ's own {@code ShouldXxx} factories): the description, then a fixed {@code format} of the SDK's
 * with the arguments substituted once. The arguments (paths, values, YAML, diffs: the user's text) are
 * never read as a format, so {@code %n} or {@code %s} in a manifest shows as written.
 *
 * <p>AssertJ's {@code failure(String, Object...)} and {@code failureWithActualExpected} are not used: the
 * latter formats its formatted message a second time (AssertJ 3.27's {@code MessageFormatter}), turning a
 * log4j pattern {@code %m%n%ex} in a snapshot diff into a line break.
 */
final class FailureMessage implements ErrorMessageFactory {
  private final String format;
  private final Object[] arguments;

  /**
   * A message of {@code format}, a constant of the SDK's with {@code %s} and {@code %n} only, and {@code
   * arguments} printed as their {@code toString()}.
   */
  FailureMessage(String format, Object... arguments) {
    this.format = format;
    this.arguments = arguments.clone();
  }

  @Override
  public String create(Description description, Representation representation) {
    return DescriptionFormatter.instance().format(description) + String.format(format, arguments);
  }

  @Override
  public String create(Description description) {
    return create(description, StandardRepresentation.STANDARD_REPRESENTATION);
  }

  @Override
  public String create() {
    return create(EmptyTextDescription.emptyDescription(), StandardRepresentation.STANDARD_REPRESENTATION);
  }

  @Override
  public String toString() {
    return "FailureMessage[" + format + ", " + Arrays.toString(arguments) + "]";
  }

  /** A description printed as written, never read as a format (AssertJ's {@code as(String)} reads it as one). */
  static final class Literal extends Description {
    private final String text;

    Literal(String text) {
      this.text = text;
    }

    @Override
    public String value() {
      return text;
    }
  }
}
