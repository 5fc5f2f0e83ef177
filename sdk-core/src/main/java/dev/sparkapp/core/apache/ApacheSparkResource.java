package dev.sparkapp.core.apache;

import dev.sparkapp.core.InvalidArgumentException;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import org.immutables.value.Value;

/**
 * A resource of Apache Spark's own Kubernetes operator (apache/spark-kubernetes-operator 1.0.0, API group
 * {@value #GROUP}) that this SDK models: {@link ApacheSparkApplication} or {@link ApacheSparkCluster}.
 *
 * <p>Both kinds are served as {@value #API_VERSION} (stored) and {@value #API_VERSION_V1BETA1}. The
 * v1beta1 schema is a strict subset of v1 (v1 adds fields; no field changes meaning, and the CRD converts
 * with strategy {@code None}), so one model holds both: a resource keeps the {@code apiVersion} it was
 * written with, and schema validation checks a v1beta1 resource against the v1beta1 schema, which reports
 * v1-only fields that an API server would drop.
 */
public interface ApacheSparkResource extends SparkResource {
  /** The API group of the Apache Spark Kubernetes operator. */
  String GROUP = "spark.apache.org";

  /** The stored version within {@link #GROUP}. */
  String VERSION = "v1";

  /** The API group and version this SDK writes by default. */
  String API_VERSION = GROUP + "/" + VERSION;

  /** The older served version, read and written as is (see the type's documentation). */
  String API_VERSION_V1BETA1 = GROUP + "/v1beta1";

  /**
   * Returns the resource's API group and version: {@value #API_VERSION} unless set to
   * {@value #API_VERSION_V1BETA1}; a manifest keeps the one it was written with.
   */
  @Override
  @Value.Default
  default String apiVersion() {
    return API_VERSION;
  }

  /** Returns the resource's kind in manifests, {@code SparkApplication} or {@code SparkCluster}. */
  @Override
  String kind();

  @Override
  ObjectMeta metadata();

  /**
   * Rejects an apiVersion outside the operator's group (see the type's documentation); Immutables calls it
   * when a kind is built or read.
   *
   * @throws InvalidArgumentException naming the kind and the two versions
   */
  @Value.Check
  default void checkApiVersion() {
    requireKnownApiVersion(apiVersion(), kind());
  }

  /**
   * Fails unless {@code apiVersion} is one this SDK models for the Apache operator.
   *
   * @throws InvalidArgumentException naming the two versions
   */
  static void requireKnownApiVersion(String apiVersion, String kind) {
    if (!API_VERSION.equals(apiVersion) && !API_VERSION_V1BETA1.equals(apiVersion)) {
      throw new InvalidArgumentException("apiVersion '" + apiVersion + "' is not a version of the Apache operator's "
          + kind + "; use " + API_VERSION + " (or " + API_VERSION_V1BETA1 + ", which it still serves)");
    }
  }
}
