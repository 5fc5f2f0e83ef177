package dev.sparkapp.client;

import java.util.List;

/**
 * The end of a container's log, as {@link SparkClient#driverLog} read it.
 *
 * @param pod the pod
 * @param container the container
 * @param previous whether it is the previous container's log
 * @param lines the lines, oldest first, each at most {@link LogOptions#MAX_LINE_CHARS} characters
 * @param truncated whether the byte limit cut the log (older lines, or the start of the first, are missing)
 */
public record LogTail(String pod, String container, boolean previous, List<String> lines, boolean truncated) {
  /** Copies {@code lines}. */
  public LogTail {
    lines = List.copyOf(lines);
  }
}
