package dev.sparkapp.client;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import io.fabric8.kubernetes.client.dsl.Resource;

/**
 * {@link ApplyStrategy#CREATE_OR_REPLACE}: fabric8's {@code createOr(update)}: a {@code POST}, and on
 * "already exists" a {@code PUT} of the whole object at its latest resource version.
 */
final class CreateOrReplace implements Applier {
  private final KubernetesClient client;

  CreateOrReplace(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public String apply(ResourceRef ref, String manifest, SparkClientOptions options) {
    GenericKubernetesResource item = client.getKubernetesSerialization().unmarshal(manifest, GenericKubernetesResource.class);
    var resources = client.genericKubernetesResources(ref.type().context());
    Resource<GenericKubernetesResource> resource = ref.type().namespaced()
        ? resources.inNamespace(ref.namespace()).resource(item)
        : resources.resource(item);
    try {
      GenericKubernetesResource result = options.dryRun()
          ? resource.dryRun().createOr(NonDeletingOperation::update)
          : resource.createOr(NonDeletingOperation::update);
      return client.getKubernetesSerialization().asJson(result);
    } catch (KubernetesClientException e) {
      throw ClusterErrors.translate(e, Operation.CREATE_OR_REPLACE, ref, client.getMasterUrl());
    }
  }
}
