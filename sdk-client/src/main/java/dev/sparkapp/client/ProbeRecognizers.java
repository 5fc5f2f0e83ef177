package dev.sparkapp.client;

import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.core.probe.RecognizedPreset;
import io.fabric8.kubernetes.api.model.Probe;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SDK's probe presets as the diagnosis recognises them: whether a probe in a pod spec is a preset is
 * core's one answer ({@link Probes#recognize}); this class adds what only the diagnosis needs, the output each
 * preset prints when it fails (for a pod that is gone) and the advice. Add a preset's output and advice here.
 */
final class ProbeRecognizers {
  /**
   * HTTP GET of the Spark UI: a driver's {@code /api/v1/version}, a standalone master's or worker's
   * {@code /json/}.
   */
  static final ProbeRecognizer SPARK_UI = new ProbeRecognizer("spark-ui",
      p -> p.name().equals("spark-ui"),
      Pattern.compile("HTTP probe failed with statuscode: \\d+|Get \"[^\"]*/(api/v1/version|json/)\"[^\\n]*"),
      "The Spark UI stopped answering (a driver's /api/v1/version, a standalone master's or worker's /json/): the "
          + "JVM was stuck (long GC, deadlock) or the UI's threads were exhausted. Read the previous container's log "
          + "(sparkapp logs NAME --previous); if the process was busy but sound, give the probe more time "
          + "(timeoutSeconds, failureThreshold).");

  /** The log-staleness exec: prints {@code log file F unchanged for Ns (limit Ms)}. */
  static final ProbeRecognizer LOG_STALENESS = new ProbeRecognizer("log-staleness",
      p -> p.name().equals("log-staleness"),
      Pattern.compile("log file \\S+ (unchanged for \\d+s \\(limit \\d+s\\)|does not exist)"),
      "The driver wrote nothing to its log for longer than the limit: it hung, or it sat in one quiet stage. Read "
          + "the last log lines; if such quiet stretches are normal for this job, raise the limit "
          + "(Probes.logStaleness(maxAge)).");

  /** The job-progress exec: prints {@code job J stage S: no task progress for Ns (limit Ms)}. */
  static final ProbeRecognizer JOB_PROGRESS = new ProbeRecognizer("job-progress",
      p -> p.name().equals("job-progress"),
      Pattern.compile("job \\d+ stage \\d+: no task progress for \\d+s \\(limit \\d+s\\)"),
      "No task of the running stage finished for longer than the limit: a straggler, a skewed partition, a "
          + "deadlock or a stuck external call. Look at that stage's tasks (Spark UI or event log); if its tasks are "
          + "legitimately that long, raise the job-progress limit.");

  /** A TCP connect to one of Spark's ports (driver RPC, block manager, Connect gRPC, standalone master RPC). */
  static final ProbeRecognizer TCP = new ProbeRecognizer("tcp",
      RecognizedPreset::isTcp,
      Pattern.compile("dial tcp [^ ]+: (connect: connection refused|i/o timeout)[^\\n]*"),
      "The JVM stopped accepting connections on the probed port: it was exiting, stuck, or out of threads. Read "
          + "the previous container's log (sparkapp logs NAME --previous).");

  /** The recognisers, most specific first. */
  static final List<ProbeRecognizer> ALL = List.of(SPARK_UI, LOG_STALENESS, JOB_PROGRESS, TCP);

  private static final String CUSTOM_ADVICE = "A probe not made by the SDK's presets failed; check what it tests "
      + "and read the previous container's log (sparkapp logs NAME --previous).";

  private ProbeRecognizers() {}

  /**
   * What the diagnosis makes of a probe that failed: the preset core recognises in the probe ({@link
   * Probes#recognize}, called once per probe), and the recogniser of that preset or of the kubelet's quote.
   *
   * @param recognizer the recogniser of the preset, if the probe or the quote is a preset's
   * @param preset the preset recognised in the probe, if the pod spec still has it and it is a preset
   */
  record Recognition(Optional<ProbeRecognizer> recognizer, Optional<RecognizedPreset> preset) {
    /** Returns the preset name to show: the TCP preset by its port, {@code custom} for others. */
    String name() {
      if (recognizer.isEmpty()) {
        return "custom";
      }
      if (recognizer.get() == TCP) {
        return preset.filter(RecognizedPreset::isTcp).map(RecognizedPreset::describe).orElse(TCP.preset());
      }
      return recognizer.get().preset();
    }

    /** Returns the advice of the recogniser, or the advice for a probe of one's own. */
    String advice() {
      return recognizer.map(ProbeRecognizer::advice).orElse(CUSTOM_ADVICE);
    }
  }

  /** Recognises {@code probe}, or the kubelet's {@code message} when the probe is none of the presets. */
  static Recognition recognise(Optional<Probe> probe, String message) {
    Optional<RecognizedPreset> preset = probe.flatMap(Probes::recognize);
    if (preset.isPresent()) {
      for (ProbeRecognizer recognizer : ALL) {
        if (recognizer.spec().test(preset.get())) {
          return new Recognition(Optional.of(recognizer), preset);
        }
      }
    }
    for (ProbeRecognizer recognizer : ALL) {
      if (recognizer.matchesOutput(message)) {
        return new Recognition(Optional.of(recognizer), preset);
      }
    }
    return new Recognition(Optional.empty(), preset);
  }
}
