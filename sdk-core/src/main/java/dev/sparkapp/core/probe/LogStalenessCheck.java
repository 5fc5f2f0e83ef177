package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Exec probe that fails when the Spark log file has not changed for longer than {@code maxAge}. The
 * command is plain POSIX {@code sh} with {@code stat -c %Y} and {@code date +%s}, which the official
 * {@code apache/spark} images (dash, GNU coreutils) and busybox both provide. A missing file fails with
 * its own message; the output names only the file and ages, never log content or environment.
 */
final class LogStalenessCheck implements ProbeCheck {
  static final String DEFAULT_LOG_DIRECTORY = "/var/log/spark";
  static final String LOG_FILE_NAME = "spark.log";
  private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9._/-]*");

  private final Duration maxAge;
  private final String logDirectory;

  LogStalenessCheck(Duration maxAge, String logDirectory) {
    Objects.requireNonNull(maxAge, "maxAge");
    if (maxAge.isNegative() || maxAge.getSeconds() < 1 || maxAge.getNano() != 0) {
      throw new ProbePresetException("maxAge must be a whole number of seconds, at least 1s; got " + maxAge);
    }
    Objects.requireNonNull(logDirectory, "logDirectory");
    if (!SAFE_PATH.matcher(logDirectory).matches() || logDirectory.contains("..")) {
      throw new ProbePresetException("logDirectory must be an absolute path of letters, digits, '.', '_', "
          + "'-' and '/'; got '" + logDirectory + "'");
    }
    this.maxAge = maxAge;
    this.logDirectory = logDirectory.length() > 1 && logDirectory.endsWith("/")
        ? logDirectory.substring(0, logDirectory.length() - 1)
        : logDirectory;
  }

  @Override
  public String name() {
    return "log-staleness";
  }

  Duration maxAge() {
    return maxAge;
  }

  String logDirectory() {
    return logDirectory;
  }

  /** Returns the file that log4j2 writes and the probe watches. */
  String logFile() {
    return logFileIn(logDirectory);
  }

  /** Returns the file that log4j2 writes and the probe watches when the log directory is {@code directory}. */
  static String logFileIn(String directory) {
    return (directory.equals("/") ? "" : directory) + "/" + LOG_FILE_NAME;
  }

  /** Returns the shell script the probe runs with {@code /bin/sh -c}. */
  String script() {
    long max = maxAge.getSeconds();
    return String.join("\n",
        "f='" + logFile() + "'; max=" + max,
        "[ -f \"$f\" ] || { echo \"log file $f does not exist\"; exit 1; }",
        "m=$(stat -c %Y \"$f\" 2>/dev/null) || { echo \"cannot read the modification time of $f\"; exit 1; }",
        "age=$(( $(date +%s) - m ))",
        "[ \"$age\" -le \"$max\" ] || { echo \"log file $f unchanged for ${age}s (limit ${max}s)\"; exit 1; }",
        "echo \"log file $f written ${age}s ago\"");
  }

  @Override
  public Map<String, String> pins(SparkPod pod, Map<String, String> sparkConf, FieldPath probePath) {
    return Map.of();
  }

  @Override
  public void handler(ProbeBuilder probe, SparkPod pod, Map<String, String> sparkConf, FieldPath probePath) {
    probe.withNewExec().withCommand(List.of("/bin/sh", "-c", script())).endExec();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogStalenessCheck other
        && maxAge.equals(other.maxAge) && logDirectory.equals(other.logDirectory);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAge, logDirectory);
  }
}
