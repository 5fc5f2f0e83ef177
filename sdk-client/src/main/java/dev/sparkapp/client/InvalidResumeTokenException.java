package dev.sparkapp.client;

import dev.sparkapp.core.SparkAppException;

/**
 * A {@link ResumeToken} could not be read, or belongs to a watch of another kind or namespace. Persist
 * the text of {@link ResumeToken#toString()} unchanged, and resume the watch it came from; without a
 * token, a watch starts afresh and delivers every application's current state once.
 */
public final class InvalidResumeTokenException extends SparkAppException {
  private static final long serialVersionUID = 1L;

  InvalidResumeTokenException(String message) {
    super(message);
  }
}
