package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import javax.annotation.Nullable;

/** Adds one {@code -Dname=value} JVM option to an existing option string. */
final class JavaOptions {
  private JavaOptions() {}

  /**
   * Returns {@code options} with {@code option} ({@code -Dname=value}) appended, or unchanged when it is
   * already there.
   *
   * @throws ProbePresetException when {@code options} sets the same property to another value
   */
  static String add(@Nullable String options, String option, FieldPath path) {
    if (options == null || options.isBlank()) {
      return option;
    }
    String prefix = option.substring(0, option.indexOf('=') + 1);
    for (String token : options.trim().split("\\s+")) {
      if (token.equals(option)) {
        return options;
      }
      if (token.startsWith(prefix)) {
        throw new ProbePresetException(path,
            "already sets " + token + "; the log-staleness preset needs " + option + " so that log4j2 also "
                + "writes the file the probe watches. Remove your option, or keep your configuration, add a "
                + "file appender to it and use another probe");
      }
    }
    return options.trim() + " " + option;
  }
}
