package dev.sparkapp.core;

/**
 * The states the operator reports in {@code status.applicationState.state}.
 *
 * <p>The CRD does not close this set, so the model keeps the raw string ({@link ApplicationState#state()})
 * and offers this enum as a typed view ({@link ApplicationState#stateType()}).
 */
public enum ApplicationStateType {
  /** The application was created and not yet submitted (the operator writes an empty string). */
  NEW(""),
  /** {@code SUBMITTED}: spark-submit succeeded. */
  SUBMITTED("SUBMITTED"),
  /** {@code RUNNING}: the driver is running. */
  RUNNING("RUNNING"),
  /** {@code COMPLETED}: the driver ended successfully. */
  COMPLETED("COMPLETED"),
  /** {@code FAILED}: the driver ended with an error and no retry is left. */
  FAILED("FAILED"),
  /** {@code SUBMISSION_FAILED}: spark-submit failed. */
  SUBMISSION_FAILED("SUBMISSION_FAILED"),
  /** {@code PENDING_RERUN}: waiting to be submitted again. */
  PENDING_RERUN("PENDING_RERUN"),
  /** {@code INVALIDATING}: the spec changed and the running application is being replaced. */
  INVALIDATING("INVALIDATING"),
  /** {@code SUCCEEDING}: the driver completed; executors are being cleaned up. */
  SUCCEEDING("SUCCEEDING"),
  /** {@code FAILING}: the driver failed; the operator decides whether to retry. */
  FAILING("FAILING"),
  /** {@code UNKNOWN}: the operator lost track of the driver, or this SDK does not know the state. */
  UNKNOWN("UNKNOWN"),
  /** {@code SUSPENDING}: {@code spec.suspend} was set and the application is being stopped. */
  SUSPENDING("SUSPENDING"),
  /** {@code SUSPENDED}: stopped because {@code spec.suspend} is true. */
  SUSPENDED("SUSPENDED"),
  /** {@code RESUMING}: {@code spec.suspend} was cleared and the application is being submitted again. */
  RESUMING("RESUMING");

  private final String value;

  ApplicationStateType(String value) {
    this.value = value;
  }

  /** Returns the spelling the operator writes, for example {@code "RUNNING"}. */
  public String value() {
    return value;
  }

  /** Returns {@code true} for states the application does not leave by itself. */
  public boolean isTerminal() {
    return this == COMPLETED || this == FAILED || this == SUBMISSION_FAILED;
  }

  /**
   * Returns the constant spelled {@code value}.
   *
   * @throws InvalidArgumentException if no constant has that spelling; the message lists the valid ones
   */
  public static ApplicationStateType fromValue(String value) {
    return EnumValues.parse(values(), value, "ApplicationStateType");
  }

  /** Returns the constant spelled {@code value}, or {@link #UNKNOWN} for any other spelling. */
  public static ApplicationStateType fromValueOrUnknown(String value) {
    for (ApplicationStateType candidate : values()) {
      if (candidate.value.equals(value)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }

  @Override
  public String toString() {
    return value;
  }
}
