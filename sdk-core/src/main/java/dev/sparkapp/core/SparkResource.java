package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Optional;

/**
 * A resource of the spark-operator's API group that this SDK models: {@link SparkApplication},
 * {@link ScheduledSparkApplication} ({@value #API_VERSION}) or {@link SparkConnect}
 * ({@value SparkConnect#API_VERSION}).
 */
public interface SparkResource {
  /** The API group of the spark-operator. */
  String GROUP = "sparkoperator.k8s.io";

  /** The version, within {@link #GROUP}, of SparkApplication and ScheduledSparkApplication. */
  String VERSION = "v1beta2";

  /** The API group and version of SparkApplication and ScheduledSparkApplication. */
  String API_VERSION = GROUP + "/" + VERSION;

  /** Returns the resource's API group and version, {@value #API_VERSION} or {@value SparkConnect#API_VERSION}. */
  String apiVersion();

  /** Returns the resource's kind, {@code SparkApplication}, {@code ScheduledSparkApplication} or {@code SparkConnect}. */
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
