/**
 * The model of Apache Spark's own Kubernetes operator (apache/spark-kubernetes-operator 1.0.0, API group
 * {@code spark.apache.org}): {@link dev.sparkapp.core.apache.ApacheSparkApplication} and {@link
 * dev.sparkapp.core.apache.ApacheSparkCluster} with every field of their v1 CRDs, spec and status, as
 * immutable values built only through their builders; Kubernetes types are fabric8's. The CRD's closed
 * sets are enums spelled as in the CRD.
 */
package dev.sparkapp.core.apache;
