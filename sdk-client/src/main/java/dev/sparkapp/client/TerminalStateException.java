package dev.sparkapp.client;

import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationStatus;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkConnectStatus;
import dev.sparkapp.core.SparkResource;
import java.util.Optional;

/**
 * A wait ({@link SparkClient#waitFor}, {@link SparkClient#waitForConnect}) saw the resource reach a final state
 * that is not one of the awaited states, so it can never reach them: a kubeflow SparkApplication's {@code
 * COMPLETED}, {@code FAILED} or {@code SUBMISSION_FAILED}, a SparkConnect's {@code Failed}, an Apache operator
 * resource's {@code ResourceReleased} or {@code TerminatedWithoutReleaseResources}. {@link #state()} names the
 * failure the resource passed through on the way (an Apache application's {@code DriverReadyTimedOut} before
 * {@code ResourceReleased}), else the final state; {@link #operatorMessage()} is the operator's message for it,
 * and {@link #resource()} the resource at that moment.
 */
public final class TerminalStateException extends SparkAppException {
  private static final long serialVersionUID = 1L;

  private final String state;
  private final String operatorMessage;
  private final transient SparkResource resource;

  TerminalStateException(String message, String state, Optional<String> operatorMessage, SparkResource resource) {
    super(message);
    this.state = state;
    this.operatorMessage = operatorMessage.orElse(null);
    this.resource = resource;
  }

  /**
   * Returns the state that ended the wait, as the operator writes it: the failure passed through before the final
   * state if there was one ({@code DriverReadyTimedOut}), else the final state ({@code FAILED}).
   */
  public String state() {
    return state;
  }

  /** Returns the operator's message for {@link #state()}, if it wrote one. */
  public Optional<String> operatorMessage() {
    return Optional.ofNullable(operatorMessage);
  }

  /** Returns the resource as it was when the final state was seen; empty after deserialization. */
  public Optional<SparkResource> resource() {
    return Optional.ofNullable(resource);
  }

  /** Returns a kubeflow SparkApplication's status when the final state was seen; {@code null} for other kinds. */
  public SparkApplicationStatus status() {
    return resource instanceof SparkApplication app ? app.status().orElseGet(() -> SparkApplicationStatus.builder().build())
        : null;
  }

  /** Returns a SparkConnect's status when the final state was seen; empty for other kinds. */
  public Optional<SparkConnectStatus> connectStatus() {
    return resource instanceof SparkConnect connect
        ? Optional.of(connect.status().orElseGet(() -> SparkConnectStatus.builder().build())) : Optional.empty();
  }
}
