package dev.sparkapp.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.SparkResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The client's one way to turn resources into request bodies and response bodies back into resources.
 *
 * <p>TEMPORARY: stands in for {@code dev.sparkapp.yaml.SparkYaml} until it lands on main; then
 * {@link #render} becomes {@code SparkYaml.strict().toYaml(resource)} and {@link #read} of a Spark type
 * {@code SparkYaml.lenient().read(json).resourcesOf(type).get(0)}.
 */
final class ManifestCodec {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
      .registerModule(new Jdk8Module())
      .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final KubernetesSerialization kubernetes;

  ManifestCodec(KubernetesSerialization kubernetes) {
    this.kubernetes = kubernetes;
  }

  /** Renders {@code resource} as the YAML manifest that is sent to the server. */
  String render(Object resource) {
    try {
      return YAML.writeValueAsString(resource);
    } catch (JsonProcessingException e) {
      throw new SparkAppException("Cannot render " + resource.getClass().getSimpleName() + " as YAML: "
          + e.getOriginalMessage(), e);
    }
  }

  /** Reads a resource of {@code type} from the server's JSON, keeping fields the SDK does not model. */
  <T> T read(String json, Class<T> type) {
    if (!SparkResource.class.isAssignableFrom(type)) {
      return kubernetes.unmarshal(json, type);
    }
    try {
      return YAML.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new SparkAppException("Cannot read the " + type.getSimpleName() + " the API server returned: "
          + e.getOriginalMessage(), e);
    }
  }
}
