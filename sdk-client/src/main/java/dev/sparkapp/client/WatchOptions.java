package dev.sparkapp.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link SparkClient#watch} watches: which applications (a label selector), how often the watch
 * re-checks every application it holds (resync), and where it resumes from.
 *
 * <pre>{@code
 * WatchOptions.builder().labelSelector("app.kubernetes.io/part-of=orders-backfill")
 *     .resync(Duration.ofMinutes(5)).resumeFrom(token).build()
 * }</pre>
 */
public final class WatchOptions {
  private static final WatchOptions DEFAULTS = builder().build();

  private final String labelSelector;
  private final Duration resync;
  private final ResumeToken resumeFrom;

  private WatchOptions(Builder builder) {
    this.labelSelector = builder.labelSelector;
    this.resync = builder.resync;
    this.resumeFrom = builder.resumeFrom;
  }

  /** Returns the defaults: every application of the namespace, resync every 10 minutes, no token. */
  public static WatchOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the label selector ({@code kubectl} syntax), empty for every application. */
  public Optional<String> labelSelector() {
    return Optional.ofNullable(labelSelector);
  }

  /** Returns the resync period; zero for none. */
  public Duration resync() {
    return resync;
  }

  /** Returns the token to resume from, if any. */
  public Optional<ResumeToken> resumeFrom() {
    return Optional.ofNullable(resumeFrom);
  }

  @Override
  public String toString() {
    return "WatchOptions{labelSelector=" + labelSelector + ", resync=" + resync + ", resume="
        + (resumeFrom == null ? "no" : resumeFrom.size() + " applications") + "}";
  }

  /** Builds {@link WatchOptions}. */
  public static final class Builder {
    private String labelSelector;
    private Duration resync = Duration.ofMinutes(10);
    private ResumeToken resumeFrom;

    private Builder() {}

    /** Watches only applications whose labels match {@code selector}; {@code null} or blank for all. */
    public Builder labelSelector(String selector) {
      this.labelSelector = selector == null || selector.isBlank() ? null : selector;
      return this;
    }

    /**
     * Re-checks every held application this often (no request: from the watch's cache), so that a
     * transition whose delivery failed is delivered again. Zero turns resync off.
     *
     * @throws dev.sparkapp.core.InvalidArgumentException when negative
     */
    public Builder resync(Duration period) {
      Objects.requireNonNull(period, "period");
      if (period.isNegative()) {
        throw new dev.sparkapp.core.InvalidArgumentException("resync must not be negative; got " + period);
      }
      this.resync = period;
      return this;
    }

    /** Resumes from {@code token} (see {@link ResumeToken}); {@code null} starts afresh. */
    public Builder resumeFrom(ResumeToken token) {
      this.resumeFrom = token;
      return this;
    }

    /** Returns the options. */
    public WatchOptions build() {
      return new WatchOptions(this);
    }
  }
}
