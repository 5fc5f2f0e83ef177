package dev.sparkapp.core.validate;

import java.util.Optional;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SparkResource;

/**
 * {@code metadata.name}: set, a DNS-1035 label, and short enough that the names the operator derives
 * from it stay valid, as the resource's kind declares them ({@link ResourceKind#derivedNames()}): for a
 * SparkApplication the driver pod {@code <name>-driver} and the UI Service {@code <name>-ui-svc}, a
 * Service name of at most 63 characters; a ScheduledSparkApplication's runs are named
 * {@code <name>-<timestamp>}, which leaves less room.
 */
final class NameRules implements Rule {
  static final String REQUIRED = "name-required";
  static final String FORMAT = "name-format";
  static final String LENGTH = "name-length";

  @Override
  public void checkResource(SparkResource resource, Findings findings) {
    Optional<ResourceKind.DerivedNames> derived =
        ResourceKinds.find(resource).flatMap(ResourceKind::derivedNames);
    if (derived.isEmpty()) {
      return; // the kind's own rules check its names (ConnectRules for a SparkConnect)
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
      findings.error(path, FORMAT, "'" + name + "' is not a valid name: the operator names "
          + derived.get().format().apply(name) + ", so use lower-case letters, digits and '-', starting with a letter "
          + "and ending with a letter or digit");
    }
    int room = KubernetesNames.MAX_LABEL_LENGTH - derived.get().reserved();
    if (name.length() > room) {
      findings.error(path, LENGTH, "'" + name + "' is " + name.length() + " characters long; the operator names "
          + derived.get().longest().apply(name) + ", and a Service name has at most 63 characters: "
          + "shorten the name to at most " + room + " characters");
    }
  }
}
