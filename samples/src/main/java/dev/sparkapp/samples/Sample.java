package dev.sparkapp.samples;

import dev.sparkapp.yaml.ManifestSource;

/**
 * A sample application built with the SDK: a {@link ManifestSource} (its name is the one of
 * {@code sparkapp render NAME}) with a one-line description for {@code sparkapp render --list}. An
 * application's companion resources (the log4j2 ConfigMap of a log-staleness probe) are not listed:
 * {@code SparkYaml} writes them after it.
 */
public interface Sample extends ManifestSource {
  /** One line that says what the sample teaches. */
  String description();
}
