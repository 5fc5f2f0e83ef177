package dev.sparkapp.samples;

import dev.sparkapp.yaml.ManifestSource;

/**
 * A sample application built with the SDK: a {@link ManifestSource} (its name is the one of
 * {@code sparkapp render NAME}; its resources are the application, then any companion resources) with a
 * one-line description for {@code sparkapp render --list}.
 */
public interface Sample extends ManifestSource {
  /** One line that says what the sample teaches. */
  String description();
}
