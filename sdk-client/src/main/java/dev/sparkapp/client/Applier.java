package dev.sparkapp.client;

/** Writes one rendered manifest to the cluster the way an {@link ApplyStrategy} says. */
interface Applier {
  /**
   * Writes {@code manifest}, the rendered form of the resource {@code ref}, and returns the server's
   * answer as JSON.
   *
   * @throws ClusterException when the server refuses or cannot be reached
   */
  String apply(ResourceRef ref, String manifest, SparkClientOptions options);
}
