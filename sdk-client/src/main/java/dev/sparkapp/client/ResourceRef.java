package dev.sparkapp.client;

/**
 * One resource on the cluster, named the way messages print it: {@code SparkApplication default/spark-pi}.
 *
 * @param type the resource type
 * @param namespace the namespace; ignored for cluster-scoped types
 * @param name the resource name
 */
record ResourceRef(ResourceType type, String namespace, String name) {
  /** Returns the REST path of the resource. */
  String path() {
    return type.path(namespace, name);
  }

  @Override
  public String toString() {
    return type.kind() + " " + (type.namespaced() ? namespace + "/" + name : name);
  }
}
