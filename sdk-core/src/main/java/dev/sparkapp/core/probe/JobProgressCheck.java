package dev.sparkapp.core.probe;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.FieldPath;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Exec liveness probe of the driver (and of a Spark Connect server) that fails only when Spark has work in
 * flight and none of it has moved for {@code stall}. It reads Spark's status REST API on the pinned UI port
 * with bash's {@code /dev/tcp}, so it needs only what every {@code apache/spark} 4.x image has: bash,
 * coreutils, grep and sed.
 *
 * <p>One run, measured against Spark 4.0.1 (see the README's job-progress section):
 * <ol>
 *   <li>{@code GET /api/v1/applications} gives the one application id; no answer (or no application)
 *       fails: {@code Spark UI on port 4040 does not answer ...}.</li>
 *   <li>{@code GET .../jobs?status=running}: no running job passes ({@code no running job}) and resets the
 *       state, however long the application stays idle.</li>
 *   <li>Otherwise the run computes two fingerprints: the running jobs' and active stages' ids, attempts and
 *       completed/failed/killed task counts ({@code .../jobs?status=running}, {@code .../stages?status=active}),
 *       and the task threads ({@code Executor task launch worker for task ...}) of every executor with
 *       active tasks ({@code .../executors}, {@code .../executors/{id}/threads}: name, state, stack). Spark
 *       4.0.1 does not move a running task's metrics in the REST API (recordsRead, bytesRead,
 *       executorRunTime and jvmGcTime stayed 0 for a task reading a text file for a minute with a 2s
 *       heartbeat), so the threads are the only signal for a single long task.</li>
 *   <li>Progress was made when either fingerprint changed since the last run, or a task thread is
 *       {@code RUNNABLE} with its top frame outside the known blocking waits ({@link #WAITS}: socket reads,
 *       polls, accept, connect, pipe reads). A thread {@code WAITING}/{@code TIMED_WAITING}/{@code BLOCKED}
 *       (latch, lock, sleep-retry loop) or parked in such a wait with an unchanged stack is not
 *       progress.</li>
 *   <li>The state file keeps the time of the last progress and both fingerprints; missing or unreadable, it
 *       counts as progress now. When work is in flight and the last progress is {@code stall} or more ago,
 *       the run fails with one line: {@code job 3 stage 7: no task progress for 912s (limit 900s)}.</li>
 * </ol>
 * Every HTTP call shares one deadline, {@code timeoutSeconds − 1} after the run starts, so a run that cannot
 * finish in time says why instead of being cut off by the kubelet. Output names ports, ids and seconds only,
 * never log content, thread stacks or configuration.
 *
 * <p>The command is {@code /bin/bash -c SCRIPT bash PORT STALL_SECONDS STATE_FILE BUDGET_SECONDS}. Like
 * {@link LogStalenessCheck}'s, the script names no shell variable: it keeps its values in positional
 * parameters ({@code set --}, {@code $1}..{@code ${13}}, {@code ${@:5}}) and functions' arguments, so
 * {@code envsubst} and fabric8's template parameters, which replace {@code $NAME} and {@code ${NAME}} for
 * names starting with a letter or {@code _}, leave it unchanged.
 *
 * <p>The state lives in an {@code emptyDir} ({@value #STATE_VOLUME}) mounted at {@value
 * #DEFAULT_STATE_DIRECTORY}, writable under {@code readOnlyRootFilesystem}. Only a liveness probe: as a
 * readiness or startup probe it would take an idle-but-starting driver for a hung one and gain nothing.
 */
final class JobProgressCheck implements ProbeCheck {
  static final String NAME = "job-progress";
  static final String DEFAULT_STATE_DIRECTORY = "/opt/sparkapp/job-progress";
  static final String STATE_FILE_NAME = "state";
  static final String STATE_VOLUME = "sparkapp-job-progress";
  static final String STATE_VOLUME_SIZE_LIMIT = "1Mi";
  private static final String UI_DISABLED = "the job-progress probe cannot read Spark's job status";
  /** Top frames of a RUNNABLE task thread that mean it waits rather than works (an extended regex). */
  static final String WAITS = "SocketDispatcher\\.read|SocketDispatcher\\.readv|Net\\.poll|Net\\.accept|"
      + "Net\\.connect|EPoll\\.wait|KQueue\\.poll|socketRead0|socketAccept|FileInputStream\\.readBytes";
  static final String HEARTBEAT_INTERVAL = "spark.executor.heartbeatInterval";
  static final String MIN_FLUSH_PERIOD = "spark.ui.liveUpdate.minFlushPeriod";
  private static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(10);
  private static final Duration DEFAULT_MIN_FLUSH_PERIOD = Duration.ofSeconds(1);
  private static final Pattern SAFE_PATH = Pattern.compile("/[A-Za-z0-9._/-]*");

  private final Duration stall;
  private final String stateDirectory;

  JobProgressCheck(Duration stall, String stateDirectory) {
    Objects.requireNonNull(stall, "stall");
    if (stall.isNegative() || stall.getSeconds() < 1 || stall.getNano() != 0 || stall.getSeconds() > Integer.MAX_VALUE) {
      throw new ProbePresetException("stall must be a whole number of seconds, at least 1s; got " + stall);
    }
    Objects.requireNonNull(stateDirectory, "stateDirectory");
    if (!SAFE_PATH.matcher(stateDirectory).matches() || stateDirectory.contains("..") || stateDirectory.equals("/")) {
      throw new ProbePresetException("stateDirectory must be an absolute path of letters, digits, '.', '_', "
          + "'-' and '/' other than '/'; got '" + stateDirectory + "'");
    }
    this.stall = stall;
    this.stateDirectory = stateDirectory.endsWith("/")
        ? stateDirectory.substring(0, stateDirectory.length() - 1) : stateDirectory;
  }

  @Override
  public String name() {
    return NAME;
  }

  Duration stall() {
    return stall;
  }

  String stateDirectory() {
    return stateDirectory;
  }

  String stateFile() {
    return stateDirectory + "/" + STATE_FILE_NAME;
  }

  /**
   * Returns the bash script: {@code $1} UI port, {@code $2} stall seconds, {@code $3} state file, {@code $4}
   * the run's budget in seconds (turned into a deadline at once).
   */
  static String script() {
    return String.join("\n",
        "set -o pipefail",
        // get PORT PATH OUT DEADLINE: the body of a 200 answer in OUT; fails on anything else or at DEADLINE.
        "get() {",
        "  [ \"$(( $4 - $(date +%s) ))\" -gt 0 ] || return 1",
        "  timeout \"$(( $4 - $(date +%s) ))\" bash -c 'exec 3<>\"/dev/tcp/127.0.0.1/$1\" && printf \"GET %s HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n\" \"$2\" >&3 && cat <&3' bash \"$1\" \"$2\" 2>/dev/null | tr -d '\\r' | sed '1{/^HTTP\\/1\\.[01] 200 /!q1};1,/^$/d' > \"$3\"",
        "}",
        // field NAME FILE: the values of the top-level NAME fields of a pretty-printed list of objects.
        "field() {",
        "  grep -E \"^  \\\"$1\\\" : \" \"$2\" | sed 's/^[^:]*: \"\\{0,1\\}\\([^\",]*\\).*/\\1/'",
        "}",
        // threads PORT APP STATE DEADLINE ID...: one line per task thread of each executor: id, name, state, stack.
        "threads() {",
        "  while [ \"$#\" -gt 4 ]; do",
        "    get \"$1\" \"/api/v1/applications/$2/executors/$5/threads\" \"$3.threads\" \"$4\" || printf 'unreadable %s\\n' \"$5\"",
        "    grep -E '^ *\"(threadName|threadState|elems)\" : ' \"$3.threads\" | paste -d '|' - - - | grep -F '\"threadName\" : \"Executor task launch worker' | sed \"s/^/$5 /\"",
        "    set -- \"$1\" \"$2\" \"$3\" \"$4\" \"${@:6}\"",
        "  done",
        "}",
        "fail() { printf '%s\\n' \"$1\"; exit 1; }",
        // $5 the time the run started (read once, first, so that two runs' readings are comparable), $4 its deadline.
        "set -- \"$1\" \"$2\" \"$3\" \"$4\" \"$(date +%s)\"",
        "set -- \"$1\" \"$2\" \"$3\" \"$(( $5 + $4 ))\" \"$5\"",
        "get \"$1\" /api/v1/applications \"$3.apps\" \"$4\" || fail \"Spark UI on port $1 does not answer /api/v1/applications\"",
        // $5 the application id, $6 the start time.
        "set -- \"$1\" \"$2\" \"$3\" \"$4\" \"$(field id \"$3.apps\" | head -n 1)\" \"$5\"",
        "case \"$5\" in ''|*[!A-Za-z0-9._-]*) fail \"Spark UI on port $1 lists no application\";; esac",
        "get \"$1\" \"/api/v1/applications/$5/jobs?status=running\" \"$3.jobs\" \"$4\" || fail \"Spark UI on port $1 does not answer the running jobs\"",
        "if ! grep -q '^  \"jobId\" : ' \"$3.jobs\"; then",
        "  printf '%s - -\\n' \"$6\" > \"$3.new\" && mv -f \"$3.new\" \"$3\"",
        "  printf 'no running job\\n'; exit 0",
        "fi",
        "get \"$1\" \"/api/v1/applications/$5/stages?status=active\" \"$3.stages\" \"$4\" || fail \"Spark UI on port $1 does not answer the active stages\"",
        "get \"$1\" \"/api/v1/applications/$5/executors\" \"$3.executors\" \"$4\" || fail \"Spark UI on port $1 does not answer the executors\"",
        "threads \"$1\" \"$5\" \"$3\" \"$4\" $(grep -E '^  \"(id|activeTasks)\" : ' \"$3.executors\" | paste -d '|' - - | sed -n 's/^  \"id\" : \"\\([A-Za-z0-9_-]*\\)\",|  \"activeTasks\" : [1-9][0-9]*,$/\\1/p') > \"$3.tasks\"",
        // $7 job/stage fingerprint, $8 task-thread fingerprint, $9 working task threads; then the saved state.
        "set -- \"$1\" \"$2\" \"$3\" \"$4\" \"$5\" \"$6\" \"$(grep -E '^  \"(jobId|numCompletedTasks|numFailedTasks|numKilledTasks|stageId|attemptId|numCompleteTasks)\" : ' \"$3.jobs\" \"$3.stages\" | cksum | cut -d ' ' -f 1)\" \"$(cksum < \"$3.tasks\" | cut -d ' ' -f 1)\" \"$(grep -F '\"threadState\" : \"RUNNABLE\"' \"$3.tasks\" | grep -cvE '\"elems\" : \\[ \"[^\"]*(" + WAITS + ")')\"",
        "set -- \"$@\" $(head -c 200 \"$3\" 2>/dev/null)",
        "case \"${10}\" in ''|*[!0-9]*) set -- \"$1\" \"$2\" \"$3\" \"$4\" \"$5\" \"$6\" \"$7\" \"$8\" \"$9\" \"$6\" - -;; esac",
        "if [ \"$9\" -gt 0 ] || [ \"$7\" != \"${11}\" ] || [ \"$8\" != \"${12}\" ]; then",
        "  printf '%s %s %s\\n' \"$6\" \"$7\" \"$8\" > \"$3.new\" && mv -f \"$3.new\" \"$3\"",
        "  printf 'tasks moved now (%s running task threads)\\n' \"$9\"; exit 0",
        "fi",
        "printf '%s %s %s\\n' \"${10}\" \"$7\" \"$8\" > \"$3.new\" && mv -f \"$3.new\" \"$3\"",
        "[ \"$(( $6 - ${10} ))\" -ge \"$2\" ] || { printf 'tasks last moved %ss ago (limit %ss)\\n' \"$(( $6 - ${10} ))\" \"$2\"; exit 0; }",
        "fail \"job $(field jobId \"$3.jobs\" | head -n 1) stage $(field stageId \"$3.stages\" | head -n 1): no task progress for $(( $6 - ${10} ))s (limit $2s)\"");
  }

  /** Returns the probe's command for a UI on {@code uiPort} and a run budget of {@code budgetSeconds}. */
  List<String> command(int uiPort, int budgetSeconds) {
    return List.of("/bin/bash", "-c", script(), "bash", Integer.toString(uiPort), Long.toString(stall.getSeconds()),
        stateFile(), Integer.toString(budgetSeconds));
  }

  /**
   * Returns the stall of {@code probe} when it is this preset's probe (its command is {@link #command} with
   * this script), else empty: the one place that recognises a job-progress probe in a manifest.
   */
  static Optional<Duration> stallOf(Probe probe) {
    return PresetCommands.secondsArgument(probe, "/bin/bash", script(), 8, 5);
  }

  @Override
  public Map<String, String> pins(SparkPod pod, SparkConfAt sparkConf, FieldPath probePath) {
    requireDriver(pod, probePath);
    PinnedPorts.requireUiEnabled(sparkConf, UI_DISABLED);
    return PinnedPorts.uiPin(sparkConf);
  }

  @Override
  public void requireKind(ProbeKind kind, FieldPath probePath) {
    if (kind != ProbeKind.LIVENESS) {
      throw new ProbePresetException(probePath, "the job-progress preset is a liveness probe only: as a "
          + kind.fieldName() + " it would take a driver that is starting or idle for a hung one; use spark-ui "
          + "for startup and readiness, and job-progress as the livenessProbe");
    }
  }

  @Override
  public void handler(ProbeBuilder probe, SparkPod pod, SparkConfAt sparkConf, FieldPath probePath) {
    requireDriver(pod, probePath);
    PinnedPorts.requireUiEnabled(sparkConf, UI_DISABLED);
    requireStallAboveStatusLag(sparkConf, probePath);
    // The budget argument is set by timed(...) once the probe's timeoutSeconds is known.
    probe.withNewExec().withCommand(command(PinnedPorts.uiPort(sparkConf), 1)).endExec();
  }

  @Override
  public void timed(ProbeBuilder probe, int timeoutSeconds) {
    List<String> command = probe.buildExec().getCommand();
    probe.withNewExec().withCommand(List.of(command.get(0), command.get(1), command.get(2), command.get(3),
        command.get(4), command.get(5), command.get(6), Integer.toString(Math.max(1, timeoutSeconds - 1)))).endExec();
  }

  @Override
  public List<Volume> volumes() {
    return List.of(new VolumeBuilder().withName(STATE_VOLUME)
        .withNewEmptyDir().withSizeLimit(new Quantity(STATE_VOLUME_SIZE_LIMIT)).endEmptyDir().build());
  }

  @Override
  public List<VolumeMount> mounts() {
    return List.of(new VolumeMountBuilder().withName(STATE_VOLUME).withMountPath(stateDirectory).build());
  }

  /**
   * Spark's status store writes a live task, stage or executor at most once per {@code
   * spark.ui.liveUpdate.period} and flushes what it skipped on an executor heartbeat, so the REST API can lag
   * the running tasks by up to {@code max(spark.executor.heartbeatInterval, spark.ui.liveUpdate.minFlushPeriod)}
   * ({@code AppStatusListener.onExecutorMetricsUpdate}). Measured in {@code sdk-spark-it}: with the default
   * 10s heartbeat, a CPU-bound task that started right after another ended stayed invisible
   * ({@code activeTasks} 0) for 10s. A stall below twice that lag would fail a working job.
   */
  private void requireStallAboveStatusLag(SparkConfAt sparkConf, FieldPath probePath) {
    Duration heartbeat = SparkDurations.read(sparkConf, HEARTBEAT_INTERVAL, ChronoUnit.MILLIS, DEFAULT_HEARTBEAT);
    Duration flush = SparkDurations.read(sparkConf, MIN_FLUSH_PERIOD, ChronoUnit.MILLIS, DEFAULT_MIN_FLUSH_PERIOD);
    boolean heartbeatLags = heartbeat.compareTo(flush) >= 0;
    Duration lag = heartbeatLags ? heartbeat : flush;
    String key = heartbeatLags ? HEARTBEAT_INTERVAL : MIN_FLUSH_PERIOD;
    Duration shortest = lag.multipliedBy(2);
    if (stall.compareTo(shortest) < 0) {
      long minimumSeconds = (shortest.toMillis() + 999) / 1000;
      throw new ProbePresetException(probePath, "a job-progress stall of " + stall.getSeconds() + "s is below twice "
          + "the " + readable(lag) + " by which Spark's status API can lag the running tasks (" + key
          + (sparkConf.containsKey(key) ? " in " + sparkConf.path() : ", Spark's default")
          + "), so a working job could be taken for a stuck one; choose a stall of at least " + minimumSeconds
          + "s, or lower " + key);
    }
  }

  private static String readable(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  private static void requireDriver(SparkPod pod, FieldPath probePath) {
    StandalonePods.refuse(pod, NAME, probePath);
    if (pod != SparkPod.DRIVER) {
      throw new ProbePresetException(probePath, "executors serve no Spark UI, and the driver's job-progress probe "
          + "watches their tasks already; use Probes.blockManager() (tcp) or Probes.logStaleness(...) for executors");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobProgressCheck other && stall.equals(other.stall) && stateDirectory.equals(other.stateDirectory);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stall, stateDirectory);
  }
}
