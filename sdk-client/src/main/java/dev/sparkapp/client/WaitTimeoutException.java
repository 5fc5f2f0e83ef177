package dev.sparkapp.client;

import dev.sparkapp.core.SparkAppException;

/**
 * {@link SparkClient#waitFor} gave up: the application did not reach any of the awaited states within
 * the time-out. The message names the awaited states and the last state seen.
 */
public final class WaitTimeoutException extends SparkAppException {
  private static final long serialVersionUID = 1L;

  WaitTimeoutException(String message) {
    super(message);
  }
}
