package dev.sparkapp.core;

/**
 * The base of every exception the SDK throws on purpose. Catch it to handle all SDK failures at once;
 * catch a subclass (an unknown field, a schema violation, a cluster conflict, ...) to handle one kind.
 *
 * <p>Messages say what went wrong, where (a field path and, for input read from text, a
 * {@link SourcePosition}) and how to fix it. They never contain secret values.
 */
public class SparkAppException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message that says what, where and how to fix. */
  public SparkAppException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the underlying cause. */
  public SparkAppException(String message, Throwable cause) {
    super(message, cause);
  }
}
