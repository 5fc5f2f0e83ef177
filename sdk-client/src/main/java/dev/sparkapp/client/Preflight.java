package dev.sparkapp.client;

/**
 * Validates a resource before it is sent, so that mistakes fail fast with field paths instead of as a
 * server-side 422.
 *
 * <p>TEMPORARY seam: becomes {@code ManifestValidator.defaults().validate(resource).throwIfErrors()}
 * once {@code dev.sparkapp.yaml.ManifestValidator} lands on main.
 */
final class Preflight {
  private Preflight() {}

  /** Throws the validator's exception when {@code resource} has errors. */
  static void check(Object resource) {
    // Wired to ManifestValidator after merging main (see the class comment).
  }
}
