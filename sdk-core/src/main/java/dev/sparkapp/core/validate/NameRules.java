package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkResource;

/**
 * {@code metadata.name}: set, a DNS-1035 label, and short enough that the names the operator derives
 * from it stay valid: the driver pod {@code <name>-driver} and the UI Service {@code <name>-ui-svc}, a
 * Service name of at most 63 characters. A ScheduledSparkApplication's runs are named
 * {@code <name>-<timestamp>}, which leaves less room.
 */
final class NameRules implements Rule {
  static final String REQUIRED = "name-required";
  static final String FORMAT = "name-format";
  static final String LENGTH = "name-length";

  /** The suffix of the UI Service's name, the longest name the operator derives. */
  static final String UI_SERVICE_SUFFIX = "-ui-svc";
  /** The length of {@code -<nanosecond timestamp>} that the operator appends to each scheduled run. */
  static final int RUN_SUFFIX_LENGTH = 20;

  @Override
  public void checkResource(SparkResource resource, Findings findings) {
    if (resource instanceof SparkConnect) {
      return; // the operator derives other names from a SparkConnect's: ConnectRules checks them
    }
    FieldPath path = FieldPath.of("metadata", "name");
    String name = resource.name().orElse("");
    if (name.isEmpty()) {
      if (resource.metadata().getGenerateName() == null) {
        findings.error(path, REQUIRED, "metadata.name is not set: give the " + resource.kind()
            + " a name (lower-case letters, digits and '-', starting with a letter)");
      }
      return;
    }
    if (!KubernetesNames.hasDns1035Form(name)) {
      findings.error(path, FORMAT, "'" + name + "' is not a valid name: the operator names the UI Service '"
          + name + UI_SERVICE_SUFFIX + "', so use lower-case letters, digits and '-', starting with a letter "
          + "and ending with a letter or digit");
    }
    boolean scheduled = resource instanceof ScheduledSparkApplication;
    int room = KubernetesNames.MAX_LABEL_LENGTH - UI_SERVICE_SUFFIX.length() - (scheduled ? RUN_SUFFIX_LENGTH : 0);
    if (name.length() > room) {
      findings.error(path, LENGTH, "'" + name + "' is " + name.length() + " characters long; the operator names "
          + (scheduled ? "each run '<name>-<timestamp>' and its" : "the driver pod '" + name + "-driver' and the")
          + " UI Service '<name>" + UI_SERVICE_SUFFIX + "', and a Service name has at most 63 characters: "
          + "shorten the name to at most " + room + " characters");
    }
  }
}
