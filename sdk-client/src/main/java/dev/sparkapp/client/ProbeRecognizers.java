package dev.sparkapp.client;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SDK's probe presets as the diagnosis recognises them (their shapes come from
 * {@code dev.sparkapp.core.probe}: {@code SparkUiCheck}, {@code LogStalenessCheck}, {@code TcpPortCheck},
 * {@code ConnectGrpcCheck}, and the job-progress preset). Add a preset here.
 */
final class ProbeRecognizers {
  /** HTTP GET of the Spark UI's {@code /api/v1/version}. */
  static final ProbeRecognizer SPARK_UI = new ProbeRecognizer("spark-ui",
      p -> p.getHttpGet() != null && "/api/v1/version".equals(p.getHttpGet().getPath()),
      Pattern.compile("HTTP probe failed with statuscode: \\d+|Get \"[^\"]*/api/v1/version\"[^\\n]*"),
      "The driver's Spark UI stopped answering /api/v1/version: the JVM was stuck (long GC, deadlock) or the UI's "
          + "threads were exhausted. Read the previous container's log (sparkapp logs NAME --previous); if the driver "
          + "was busy but sound, give the probe more time (timeoutSeconds, failureThreshold).");

  /** The log-staleness exec: prints {@code log file F unchanged for Ns (limit Ms)}. */
  static final ProbeRecognizer LOG_STALENESS = new ProbeRecognizer("log-staleness",
      p -> p.getExec() != null && p.getExec().getCommand() != null
          && p.getExec().getCommand().stream().anyMatch(c -> c.contains("unchanged for %ss (limit %ss)")),
      Pattern.compile("log file \\S+ (unchanged for \\d+s \\(limit \\d+s\\)|does not exist)"),
      "The driver wrote nothing to its log for longer than the limit: it hung, or it sat in one quiet stage. Read "
          + "the last log lines; if such quiet stretches are normal for this job, raise the limit "
          + "(Probes.logStaleness(maxAge)).");

  /** The job-progress exec: prints {@code job J stage S: no task progress for Ns (limit Ms)}. */
  static final ProbeRecognizer JOB_PROGRESS = new ProbeRecognizer("job-progress",
      p -> p.getExec() != null && p.getExec().getCommand() != null
          && p.getExec().getCommand().stream().anyMatch(c -> c.contains("no task progress")
              || c.contains("job-progress")),
      Pattern.compile("job \\d+ stage \\d+: no task progress for \\d+s \\(limit \\d+s\\)"),
      "No task of the running stage finished for longer than the limit: a straggler, a skewed partition, a "
          + "deadlock or a stuck external call. Look at that stage's tasks (Spark UI or event log); if its tasks are "
          + "legitimately that long, raise the job-progress limit.");

  /** A TCP connect to one of Spark's ports (driver RPC, block manager, Connect gRPC). */
  static final ProbeRecognizer TCP = new ProbeRecognizer("tcp",
      p -> p.getTcpSocket() != null,
      Pattern.compile("dial tcp [^ ]+: (connect: connection refused|i/o timeout)[^\\n]*"),
      "The JVM stopped accepting connections on the probed port: it was exiting, stuck, or out of threads. Read "
          + "the previous container's log (sparkapp logs NAME --previous).");

  /** The recognisers, most specific first. */
  static final List<ProbeRecognizer> ALL = List.of(SPARK_UI, LOG_STALENESS, JOB_PROGRESS, TCP);

  private static final String CUSTOM_ADVICE = "A probe not made by the SDK's presets failed; check what it tests "
      + "and read the previous container's log (sparkapp logs NAME --previous).";

  private ProbeRecognizers() {}

  /** Returns the recogniser of {@code probe}, or of the kubelet's {@code message}, if either is a preset's. */
  static Optional<ProbeRecognizer> recognise(Optional<Probe> probe, String message) {
    if (probe.isPresent()) {
      for (ProbeRecognizer recognizer : ALL) {
        if (recognizer.spec().test(probe.get())) {
          return Optional.of(recognizer);
        }
      }
    }
    for (ProbeRecognizer recognizer : ALL) {
      if (recognizer.matchesOutput(message)) {
        return Optional.of(recognizer);
      }
    }
    return Optional.empty();
  }

  /** Returns the preset name to show: the TCP preset by its port, {@code custom} for others. */
  static String name(Optional<ProbeRecognizer> recognizer, Optional<Probe> probe) {
    if (recognizer.isEmpty()) {
      return "custom";
    }
    if (recognizer.get() == TCP && probe.isPresent() && probe.get().getTcpSocket() != null) {
      IntOrString port = probe.get().getTcpSocket().getPort();
      Integer number = port == null ? null : port.getIntVal();
      if (number != null) {
        return switch (number) {
          case 7078 -> "tcp (driver-rpc, port 7078)";
          case 7079 -> "tcp (block-manager, port 7079)";
          case 15002 -> "tcp (connect-grpc, port 15002)";
          default -> "tcp (port " + number + ")";
        };
      }
    }
    return recognizer.get().preset();
  }

  /** Returns the advice for {@code recognizer}, or the advice for a probe of one's own. */
  static String advice(Optional<ProbeRecognizer> recognizer) {
    return recognizer.map(ProbeRecognizer::advice).orElse(CUSTOM_ADVICE);
  }
}
