package dev.sparkapp.client;

import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.SparkApplicationStatus;
import dev.sparkapp.core.SparkConnectStatus;
import java.util.Optional;

/**
 * {@link SparkClient#waitFor} saw the application reach a terminal state ({@code COMPLETED},
 * {@code FAILED}, {@code SUBMISSION_FAILED}) that is not one of the awaited states, so it can never reach
 * them; or {@link SparkClient#waitForConnect} saw a SparkConnect reach {@code Failed}. {@link #status()}
 * (or {@link #connectStatus()}) is the status at that moment; the message carries the operator's error
 * message, if any.
 */
public final class TerminalStateException extends SparkAppException {
  private static final long serialVersionUID = 1L;

  private final transient Object status;

  TerminalStateException(String message, Object status) {
    super(message);
    this.status = status;
  }

  /** Returns the application's status when the terminal state was seen; {@code null} for a SparkConnect. */
  public SparkApplicationStatus status() {
    return status instanceof SparkApplicationStatus application ? application : null;
  }

  /** Returns the SparkConnect's status when the terminal state was seen; empty for an application. */
  public Optional<SparkConnectStatus> connectStatus() {
    return status instanceof SparkConnectStatus connect ? Optional.of(connect) : Optional.empty();
  }
}
