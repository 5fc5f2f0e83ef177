package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Optional;

/**
 * A resource of the spark-operator's API group that this SDK models: {@link SparkApplication} or
 * {@link ScheduledSparkApplication}.
 */
public interface SparkResource {
  /** The API group of the spark-operator. */
  String GROUP = "sparkoperator.k8s.io";

  /** The version, within {@link #GROUP}, of every resource the SDK models. */
  String VERSION = "v1beta2";

  /** The API group and version of every resource the SDK models. */
  String API_VERSION = GROUP + "/" + VERSION;

  /** Returns {@value #API_VERSION}. */
  String apiVersion();

  /** Returns the resource's kind, {@code SparkApplication} or {@code ScheduledSparkApplication}. */
  String kind();

  /**
   * Returns the resource's metadata. Like every fabric8 type in the model it is a mutable bean: treat it
   * as read-only; the SDK never changes it.
   */
  ObjectMeta metadata();

  /** Returns {@code metadata.name}, or empty when not set. */
  default Optional<String> name() {
    return Optional.ofNullable(metadata().getName());
  }

  /** Returns {@code metadata.namespace}, or empty when not set. */
  default Optional<String> namespace() {
    return Optional.ofNullable(metadata().getNamespace());
  }
}
