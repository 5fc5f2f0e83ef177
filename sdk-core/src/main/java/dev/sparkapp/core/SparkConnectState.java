package dev.sparkapp.core;

/**
 * The states the operator (v2.5.2) reports in a SparkConnect's {@code status.state}.
 *
 * <p>The CRD does not close this set, so the model keeps the raw string ({@link SparkConnectStatus#state()})
 * and offers this enum as a typed view ({@link SparkConnectStatus#stateType()}).
 */
public enum SparkConnectState {
  /** Not yet reconciled: the operator writes no state (an empty string). */
  NEW(""),
  /** {@code Provisioning}: declared by the operator for a server being created. */
  PROVISIONING("Provisioning"),
  /** {@code Ready}: the server pod is ready, so its readiness probe passes. */
  READY("Ready"),
  /** {@code NotReady}: the server pod exists and is not ready (starting, failing its readiness probe, or gone). */
  NOT_READY("NotReady"),
  /** {@code Failed}: declared by the operator for a server that cannot run. */
  FAILED("Failed"),
  /**
   * Any spelling this SDK does not know. The operator never writes it; its spelling {@code <unknown>} is
   * not a state.
   */
  UNKNOWN("<unknown>");

  private final String value;

  SparkConnectState(String value) {
    this.value = value;
  }

  /** Returns the spelling the operator writes, for example {@code "Ready"}. */
  public String value() {
    return value;
  }

  /** Returns {@code true} for {@link #FAILED}, the one state a server does not leave by itself. */
  public boolean isTerminal() {
    return this == FAILED;
  }

  /**
   * Returns the constant spelled {@code value}.
   *
   * @throws InvalidArgumentException if no state has that spelling; the message lists the valid ones
   */
  public static SparkConnectState fromValue(String value) {
    SparkConnectState state = fromValueOrUnknown(value);
    if (state == UNKNOWN) {
      throw new InvalidArgumentException("'" + value + "' is not a valid SparkConnectState; expected one of "
          + EnumValues.spellings(new Object[] {NEW, PROVISIONING, READY, NOT_READY, FAILED}));
    }
    return state;
  }

  /** Returns the constant spelled {@code value}, or {@link #UNKNOWN} for any other spelling. */
  public static SparkConnectState fromValueOrUnknown(String value) {
    for (SparkConnectState candidate : values()) {
      if (candidate != UNKNOWN && candidate.value.equals(value)) {
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
