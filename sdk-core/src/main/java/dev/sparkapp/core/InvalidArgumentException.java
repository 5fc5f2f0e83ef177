package dev.sparkapp.core;

/**
 * An SDK method was called with an argument it cannot take: a resource of a kind it does not handle, a
 * name or version in the wrong form, an empty list where one value is needed. The message says which
 * argument, what it was and what would do.
 *
 * <p>The SDK's exception policy: everything it throws on purpose is a {@link SparkAppException}; the one
 * exception is a {@code null} argument where a value is required, which fails at once with a {@link
 * NullPointerException} naming the parameter ({@code Objects.requireNonNull}), as in the JDK.
 */
public class InvalidArgumentException extends SparkAppException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that says which argument, what was wrong and how to fix it. */
  public InvalidArgumentException(String message) {
    super(message);
  }
}
