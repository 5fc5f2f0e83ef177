package dev.sparkapp.client;

import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.SparkApplicationStatus;

/**
 * {@link SparkClient#waitFor} saw the application reach a terminal state ({@code COMPLETED},
 * {@code FAILED}, {@code SUBMISSION_FAILED}) that is not one of the awaited states, so it can never reach
 * them. {@link #status()} is the status at that moment; the message carries the operator's error
 * message, if any.
 */
public final class TerminalStateException extends SparkAppException {
  private static final long serialVersionUID = 1L;

  private final transient SparkApplicationStatus status;

  TerminalStateException(String message, SparkApplicationStatus status) {
    super(message);
    this.status = status;
  }

  /** Returns the application's status when the terminal state was seen. */
  public SparkApplicationStatus status() {
    return status;
  }
}
