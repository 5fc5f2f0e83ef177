package dev.sparkapp.client;

import dev.sparkapp.core.probe.RecognizedPreset;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises one of the SDK's probe presets: from the probe in the pod spec, or, when the pod is gone,
 * from the probe's own output that the kubelet quotes in its {@code Unhealthy} event ("Liveness probe
 * failed: OUTPUT", {@code pkg/kubelet/prober/prober.go}). {@link ProbeRecognizers#ALL} lists them; a new
 * preset plugs in with one entry there.
 *
 * @param preset the preset's name, as {@code Probes.NAMES} spells it
 * @param spec whether the preset that core recognised in a probe of a pod spec ({@code Probes.recognize}) is
 *     this one
 * @param output the probe's failure output, as the preset prints it
 * @param advice what to do when this preset killed a container
 */
record ProbeRecognizer(String preset, Predicate<RecognizedPreset> spec, Pattern output, String advice) {
  /** Returns whether {@code message} (the kubelet's quote of the probe output) is this preset's. */
  boolean matchesOutput(String message) {
    return output.matcher(message).find();
  }

  /** Returns the part of {@code message} the preset printed, if it is this preset's. */
  Optional<String> quote(String message) {
    Matcher matcher = output.matcher(message);
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
  }
}
