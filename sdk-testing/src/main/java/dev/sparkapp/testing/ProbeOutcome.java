package dev.sparkapp.testing;

import java.time.Duration;
import java.util.Objects;

/** The result of one probe attempt made by a {@link ProbeRunner}. */
public final class ProbeOutcome {
  private final Duration at;
  private final Duration took;
  private final boolean success;
  private final String detail;

  ProbeOutcome(Duration at, Duration took, boolean success, String detail) {
    this.at = Objects.requireNonNull(at, "at");
    this.took = Objects.requireNonNull(took, "took");
    this.success = success;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /** Returns when the attempt started, counted from the start of the run. */
  public Duration at() {
    return at;
  }

  /** Returns how long the attempt took. */
  public Duration took() {
    return took;
  }

  /** Returns whether the attempt succeeded as the kubelet judges it. */
  public boolean success() {
    return success;
  }

  /** Returns what happened: the HTTP status, the connect error, the command's exit code and output. */
  public String detail() {
    return detail;
  }

  @Override
  public String toString() {
    return "+" + at.toMillis() + "ms " + (success ? "success" : "failure") + " (" + took.toMillis() + "ms): " + detail;
  }
}
