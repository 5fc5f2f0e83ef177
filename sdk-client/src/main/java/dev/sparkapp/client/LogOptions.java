package dev.sparkapp.client;

import dev.sparkapp.core.InvalidArgumentException;
import java.util.Optional;

/**
 * Which part of a driver's log to read: the last lines ({@code tailLines}), at most so many bytes
 * ({@code limitBytes}; both are passed to the API server, which cuts the log before sending it, and the
 * client stops reading at the byte limit too), and whether to read the previous container's log (the one
 * a liveness probe or a crash ended).
 *
 * <pre>{@code LogOptions.builder().tailLines(50).limitBytes(16_384).previous(true).build()}</pre>
 */
public final class LogOptions {
  /** The largest line kept whole; a longer line is cut there, so that one line cannot fill the memory. */
  public static final int MAX_LINE_CHARS = 16_384;

  private static final LogOptions DEFAULTS = builder().build();

  private final int tailLines;
  private final int limitBytes;
  private final boolean previous;
  private final String container;

  private LogOptions(Builder builder) {
    this.tailLines = builder.tailLines;
    this.limitBytes = builder.limitBytes;
    this.previous = builder.previous;
    this.container = builder.container;
  }

  /** Returns the defaults: the last 100 lines, at most 64 KiB, of the running container. */
  public static LogOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns how many lines from the end to read. */
  public int tailLines() {
    return tailLines;
  }

  /** Returns how many bytes to read at most. */
  public int limitBytes() {
    return limitBytes;
  }

  /** Returns whether to read the previous (terminated) container's log. */
  public boolean previous() {
    return previous;
  }

  /** Returns the container to read when not the kind's Spark container. */
  public Optional<String> container() {
    return Optional.ofNullable(container);
  }

  @Override
  public String toString() {
    return "LogOptions{tailLines=" + tailLines + ", limitBytes=" + limitBytes + ", previous=" + previous
        + (container == null ? "" : ", container=" + container) + "}";
  }

  /** Builds {@link LogOptions}. */
  public static final class Builder {
    private int tailLines = 100;
    private int limitBytes = 64 * 1024;
    private boolean previous;
    private String container;

    private Builder() {}

    /**
     * Reads the last {@code lines} lines.
     *
     * @throws InvalidArgumentException when {@code lines} is not positive
     */
    public Builder tailLines(int lines) {
      if (lines < 1) {
        throw new InvalidArgumentException("tailLines must be at least 1; got " + lines);
      }
      this.tailLines = lines;
      return this;
    }

    /**
     * Reads at most {@code bytes} bytes.
     *
     * @throws InvalidArgumentException when {@code bytes} is not positive
     */
    public Builder limitBytes(int bytes) {
      if (bytes < 1) {
        throw new InvalidArgumentException("limitBytes must be at least 1; got " + bytes);
      }
      this.limitBytes = bytes;
      return this;
    }

    /** Reads the previous container's log ({@code kubectl logs --previous}) when {@code true}. */
    public Builder previous(boolean previous) {
      this.previous = previous;
      return this;
    }

    /** Reads {@code name} instead of the Spark container (a sidecar); {@code null} for the Spark container. */
    public Builder container(String name) {
      this.container = name;
      return this;
    }

    /** Returns the options. */
    public LogOptions build() {
      return new LogOptions(this);
    }
  }
}
