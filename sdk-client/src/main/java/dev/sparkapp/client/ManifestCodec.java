package dev.sparkapp.client;

import dev.sparkapp.core.SparkResource;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;

/**
 * The client's one way to turn resources into request bodies and the server's answers back into
 * resources: {@link SparkYaml#strict()} writes, {@link SparkYaml#lenient()} reads (so fields the server
 * has and the SDK does not model are kept), and fabric8's serialization reads other kinds.
 */
final class ManifestCodec {
  private static final String SOURCE = "<api-server>";

  private final KubernetesSerialization kubernetes;

  ManifestCodec(KubernetesSerialization kubernetes) {
    this.kubernetes = kubernetes;
  }

  /** Renders {@code resource} as the YAML manifest that is sent to the server. */
  String render(Object resource) {
    return SparkYaml.strict().toYamlDocument(resource);
  }

  /** Reads a resource of {@code type} from the server's JSON answer. */
  <T> T read(String json, Class<T> type) {
    if (!SparkResource.class.isAssignableFrom(type)) {
      return kubernetes.unmarshal(json, type);
    }
    List<T> read = SparkYaml.lenient().read(json, SOURCE).resourcesOf(type);
    if (read.size() != 1) {
      throw new ClusterException("the API server answered " + read.size() + " " + type.getSimpleName()
          + " resources where one was expected; check that nothing between this client and the API server "
          + "rewrites answers", 200, null);
    }
    return read.get(0);
  }
}
