package dev.sparkapp.yaml;

import dev.sparkapp.core.SparkAppException;

/**
 * The input could not be read at all: the file does not exist, is not readable, or the stream failed.
 * Nothing was parsed; the message names the source and the cause. Problems with the text itself are
 * {@link ManifestException}s instead.
 */
public final class UnreadableSourceException extends SparkAppException {
  private static final long serialVersionUID = 1L;

  UnreadableSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
