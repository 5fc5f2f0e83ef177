package dev.sparkapp.core;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  /**
   * Returns the resources this one needs beside it in the cluster, which must be written and applied with
   * it: the log4j2 ConfigMap that a log-staleness probe's pods mount, none otherwise. Derived from the
   * resource's pod templates, so a resource read from YAML knows its companions as well as one built in
   * code. {@code SparkYaml} writes them after the resource, {@code SparkClient} applies them with it
   * (both through {@link #withCompanions(List)}). Like all fabric8 objects they are mutable beans: treat
   * them as read-only.
   */
  default List<ConfigMap> companions() {
    return ProbeSupport.get().companions(this);
  }

  /**
   * Returns {@code resources} with each Spark resource followed by those of its {@link #companions()}
   * that the list does not hold already (same kind, namespace and name), so that a companion is neither
   * forgotten nor written twice; a companion in the list, perhaps edited by hand, wins. Other objects
   * pass through in order.
   */
  static List<Object> withCompanions(List<?> resources) {
    Set<String> present = new HashSet<>();
    for (Object resource : resources) {
      if (resource instanceof HasMetadata other) {
        present.add(key(other.getKind(), other.getMetadata()));
      }
    }
    List<Object> all = new ArrayList<>(resources.size());
    for (Object resource : resources) {
      all.add(resource);
      if (resource instanceof SparkResource spark) {
        for (ConfigMap companion : spark.companions()) {
          if (present.add(key(companion.getKind(), companion.getMetadata()))) {
            all.add(companion);
          }
        }
      }
    }
    return all;
  }

  private static String key(String kind, ObjectMeta metadata) {
    return kind + "/" + (metadata == null ? null : metadata.getNamespace()) + "/"
        + (metadata == null ? null : metadata.getName());
  }
}
