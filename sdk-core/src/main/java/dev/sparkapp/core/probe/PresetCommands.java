package dev.sparkapp.core.probe;

import io.fabric8.kubernetes.api.model.ExecAction;
import io.fabric8.kubernetes.api.model.Probe;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.annotation.Nullable;

/** Recognises the exec commands the presets write, so a probe read from a manifest is known for what it is. */
final class PresetCommands {
  private PresetCommands() {}

  /**
   * Returns the whole seconds in argument {@code index} of {@code probe}'s exec command when that command is
   * {@code shell -c script ...} with exactly {@code size} arguments, else empty (also for a negative or
   * unparsable number).
   */
  static Optional<Duration> secondsArgument(@Nullable Probe probe, String shell, String script, int size, int index) {
    ExecAction exec = probe == null ? null : probe.getExec();
    List<String> command = exec == null ? null : exec.getCommand();
    if (command == null || command.size() != size || !shell.equals(command.get(0)) || !"-c".equals(command.get(1))
        || !script.equals(command.get(2))) {
      return Optional.empty();
    }
    try {
      long seconds = Long.parseLong(command.get(index));
      return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
