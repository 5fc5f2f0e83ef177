package dev.sparkapp.client;

import dev.sparkapp.yaml.ManifestValidator;

/**
 * Validates a resource before it is sent, so that mistakes fail fast with field paths instead of as a
 * server-side 422: the CRD schema and the SDK's Spark rules, through {@link ManifestValidator}.
 */
final class Preflight {
  private Preflight() {}

  /**
   * Throws a {@link dev.sparkapp.core.validate.ValidationException} listing every error when
   * {@code resource} has any; warnings pass. Kinds other than the spark-operator's are not checked.
   */
  static void check(Object resource) {
    ManifestValidator.defaults().validate(resource).throwIfErrors();
  }
}
