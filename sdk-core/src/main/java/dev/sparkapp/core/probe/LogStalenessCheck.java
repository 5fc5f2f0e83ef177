package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import io.fabric8.kubernetes.api.model.Probe;
import dev.sparkapp.core.SparkPod;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Exec probe that fails when the Spark log file has not changed for longer than {@code maxAge}. The
 * command is plain POSIX {@code sh} with {@code stat -c %Y}, {@code date +%s} and {@code printf}, which
 * the official {@code apache/spark} images (dash, GNU coreutils) and busybox all provide. A missing file
 * fails with its own message; the output names only the file and ages, never log content or environment.
 *
 * <p>The command is {@code /bin/sh -c SCRIPT sh FILE MAX_AGE_SECONDS}: the script reads the file and the
 * limit only from the positional parameters {@code $1} and {@code $2} and keeps its intermediate values in
 * them with {@code set --}, so it names no shell variable. Text tools that replace {@code $NAME} and
 * {@code ${NAME}} in a manifest ({@code envsubst < app.yaml | kubectl apply -f -}) leave it unchanged:
 * GNU envsubst only replaces names that start with a letter or {@code _}, not {@code $1}, {@code $(...)}
 * or {@code $((...))}.
 */
final class LogStalenessCheck implements ProbeCheck {
  /** The preset's name. */
  static final String NAME = "log-staleness";
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
    return NAME;
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

  /**
   * Returns the shell script the probe runs with {@code /bin/sh -c}: {@code $1} is the log file, {@code $2}
   * the limit in seconds; {@code $3} holds the modification time, then the age.
   */
  static String script() {
    return String.join("\n",
        "[ -f \"$1\" ] || { printf 'log file %s does not exist\\n' \"$1\"; exit 1; }",
        "set -- \"$1\" \"$2\" \"$(stat -c %Y \"$1\" 2>/dev/null)\"",
        "case \"$3\" in ''|*[!0-9]*) printf 'cannot read the modification time of %s\\n' \"$1\"; exit 1;; esac",
        "set -- \"$1\" \"$2\" \"$(( $(date +%s) - $3 ))\"",
        "[ \"$3\" -le \"$2\" ] || { printf 'log file %s unchanged for %ss (limit %ss)\\n' \"$1\" \"$3\" \"$2\"; exit 1; }",
        "printf 'log file %s written %ss ago\\n' \"$1\" \"$3\"");
  }

  /** Returns the probe's command: {@link #script()} with the log file and the limit as its arguments. */
  List<String> command() {
    return List.of("/bin/sh", "-c", script(), "sh", logFile(), Long.toString(maxAge.getSeconds()));
  }

  /**
   * Returns the maximum age of {@code probe} when it is this preset's probe (its command is {@link #command()}
   * with this script), else empty: the one place that recognises a log-staleness probe in a manifest.
   */
  static Optional<Duration> maxAgeOf(Probe probe) {
    return PresetCommands.secondsArgument(probe, "/bin/sh", script(), 6, 5);
  }

  @Override
  public Map<String, String> pins(SparkPod pod, SparkConfAt sparkConf, FieldPath probePath) {
    StandalonePods.refuse(pod, NAME, probePath);
    return Map.of();
  }

  @Override
  public void handler(ProbeBuilder probe, SparkPod pod, SparkConfAt sparkConf, FieldPath probePath) {
    StandalonePods.refuse(pod, NAME, probePath);
    probe.withNewExec().withCommand(command()).endExec();
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
