package dev.sparkapp.client;

import dev.sparkapp.core.ResourceKind;
import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.InvalidArgumentException;
import dev.sparkapp.core.KindStatus;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Locale;
import java.util.Optional;

/**
 * A resource type the API server serves: where its REST paths are and whether it is namespaced.
 *
 * @param group the API group, empty for the core group
 * @param version the API version inside the group
 * @param kind the kind
 * @param plural the plural name used in REST paths
 * @param namespaced whether resources of this type live in a namespace
 */
record ResourceType(String group, String version, String kind, String plural, boolean namespaced) {
  static final ResourceType SPARK_APPLICATION = of(SparkApplication.class);
  static final ResourceType SCHEDULED_SPARK_APPLICATION = of(ScheduledSparkApplication.class);
  static final ResourceType SPARK_CONNECT = of(SparkConnect.class);

  /** Returns the type of a resource kind the SDK models, as the kind declares how it is submitted. */
  static ResourceType of(Class<? extends SparkResource> type) {
    ResourceKind<?> kind = ResourceKinds.find(type).orElseThrow(() -> new InvalidArgumentException(
        "not a resource kind the SDK models (" + ResourceKinds.names() + "): " + type.getName()));
    return new ResourceType(kind.group(), kind.version(), kind.kind(), kind.plural(), true);
  }

  /**
   * Returns how to read the status of {@code type}'s kind, from its declaration.
   *
   * @throws InvalidArgumentException when the type is no kind the SDK models, or its kind declares no status
   */
  static KindStatus status(Class<? extends SparkResource> type) {
    ResourceKind<?> kind = ResourceKinds.find(type).orElseThrow(() -> new InvalidArgumentException(
        "cannot watch or diagnose a " + type.getName() + ": not a resource kind the SDK models ("
            + ResourceKinds.names() + ")"));
    return kind.status().orElseThrow(() -> new InvalidArgumentException("cannot watch or diagnose a " + kind
        + ": its declaration reads no status"));
  }

  /**
   * Returns the type of {@code resource}: a Spark resource, a typed fabric8 resource, or any other
   * {@link HasMetadata} (looked up in the server's API discovery).
   *
   * @throws OperatorNotInstalledException when the server does not serve the kind of a generic resource
   */
  static ResourceType of(Object resource, KubernetesClient client) {
    if (resource instanceof SparkResource spark) {
      ResourceType declared = of(spark.getClass());
      ResourceKind<?> kind = ResourceKinds.find(spark.getClass()).orElseThrow();
      return new ResourceType(declared.group(), kind.servedVersion(spark.apiVersion()), declared.kind(),
          declared.plural(), true);
    }
    if (!(resource instanceof HasMetadata meta)) {
      throw new InvalidArgumentException("cannot apply a " + (resource == null ? "null" : resource.getClass().getName())
          + ": expected a SparkApplication, a ScheduledSparkApplication, a SparkConnect or a Kubernetes resource (HasMetadata)");
    }
    if (meta.getClass() != GenericKubernetesResource.class) {
      Class<? extends KubernetesResource> type = meta.getClass();
      return of(ResourceDefinitionContext.fromResourceType(type), meta.getKind())
          .withNamespaced(meta instanceof Namespaced);
    }
    return discover(client, meta.getApiVersion(), meta.getKind()).orElseThrow(
        () -> ClusterErrors.notServed(new ResourceType(groupOf(meta.getApiVersion()), versionOf(meta.getApiVersion()),
            meta.getKind(), meta.getKind().toLowerCase(Locale.ROOT) + "s", true), client.getMasterUrl()));
  }

  /** Looks {@code kind} up in the server's discovery document of {@code apiVersion}; empty if not served. */
  static Optional<ResourceType> discover(KubernetesClient client, String apiVersion, String kind) {
    APIResourceList list = client.getApiResources(apiVersion);
    if (list == null || list.getResources() == null) {
      return Optional.empty();
    }
    return list.getResources().stream()
        .filter(r -> kind.equals(r.getKind()) && !r.getName().contains("/"))
        .findFirst()
        .map((APIResource r) -> new ResourceType(groupOf(apiVersion), versionOf(apiVersion), kind, r.getName(),
            Boolean.TRUE.equals(r.getNamespaced())));
  }

  private static ResourceType of(ResourceDefinitionContext context, String kind) {
    return new ResourceType(context.getGroup() == null ? "" : context.getGroup(), context.getVersion(),
        kind == null ? context.getKind() : kind, context.getPlural(), context.isNamespaceScoped());
  }

  private ResourceType withNamespaced(boolean value) {
    return new ResourceType(group, version, kind, plural, value);
  }

  private static String groupOf(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  private static String versionOf(String apiVersion) {
    return apiVersion.substring(apiVersion.indexOf('/') + 1);
  }

  /** Returns {@code group/version}, or {@code version} for the core group. */
  String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** Returns whether this is one of the spark-operator's types. */
  boolean isSpark() {
    return SparkResource.GROUP.equals(group);
  }

  /** Returns the name kubectl uses for the type, {@code plural.group} (or {@code plural} for core). */
  String fullName() {
    return group.isEmpty() ? plural : plural + "." + group;
  }

  /** Returns the fabric8 context for the generic DSL. */
  ResourceDefinitionContext context() {
    return new ResourceDefinitionContext.Builder()
        .withGroup(group)
        .withVersion(version)
        .withKind(kind)
        .withPlural(plural)
        .withNamespaced(namespaced)
        .build();
  }

  /** Returns the REST path of the resource {@code name} in {@code namespace} (ignored when not namespaced). */
  String path(String namespace, String name) {
    StringBuilder path = new StringBuilder(group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version);
    if (namespaced) {
      path.append("/namespaces/").append(namespace);
    }
    return path.append('/').append(plural).append('/').append(name).toString();
  }
}
