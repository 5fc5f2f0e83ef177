package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import java.io.IOException;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Generates, from the CRD's OpenAPI schema, a manifest that sets every field of the resource (each
 * leaf with a value valid for its type), reads it strictly and writes it back: no leaf may be lost,
 * changed or added. Strict reading also proves that the model knows every field.
 */
class EveryFieldRoundTripTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonNode APPLICATION_SCHEMA = applicationSchema();
  /** Closed sets that the Go types define but the CRD leaves open: the model's enums. */
  private static final Map<String, String> CLOSED_SETS =
      Map.of("concurrencyPolicy", "Forbid", "secretType", "Generic");

  @Test
  void sparkApplicationWithEveryFieldOfTheCrdRoundTrips() throws IOException {
    ObjectNode manifest = everyField("sparkapplications", SparkApplication.KIND);
    assertThat(leafCount(manifest)).as("leaves in the generated SparkApplication").isGreaterThan(1000);
    assertRoundTrips(manifest, SparkApplication.class);
  }

  @Test
  void scheduledSparkApplicationWithEveryFieldOfTheCrdRoundTrips() throws IOException {
    ObjectNode manifest = everyField("scheduledsparkapplications", ScheduledSparkApplication.KIND);
    assertThat(leafCount(manifest)).as("leaves in the generated ScheduledSparkApplication").isGreaterThan(1000);
    assertRoundTrips(manifest, ScheduledSparkApplication.class);
  }

  @Test
  void sparkConnectWithEveryFieldOfTheCrdRoundTrips() throws IOException {
    ObjectNode manifest = everyField("sparkconnects", SparkConnect.KIND);
    assertThat(manifest.get("apiVersion").asText()).isEqualTo("sparkoperator.k8s.io/v1alpha1");
    assertThat(manifest.at("/spec/server/service/spec/ports/0/port").isNumber()).as("the server's Service").isTrue();
    assertThat(leafCount(manifest)).as("leaves in the generated SparkConnect").isGreaterThan(300);
    assertRoundTrips(manifest, SparkConnect.class);
  }

  @Test
  void apacheSparkApplicationWithEveryFieldOfTheV1CrdRoundTrips() throws IOException {
    ObjectNode manifest = everyApacheField("sparkapplications", ApacheSparkApplication.KIND, "v1");
    assertThat(manifest.at("/spec/driverSpec/podTemplateSpec/spec/containers/0/livenessProbe/httpGet/port").isNumber())
        .as("the driver's pod template is fully typed in this CRD").isTrue();
    assertThat(leafCount(manifest)).as("leaves in the generated Apache SparkApplication").isGreaterThan(2000);
    assertRoundTrips(manifest, ApacheSparkApplication.class);
  }

  @Test
  void apacheSparkClusterWithEveryFieldOfTheV1CrdRoundTrips() throws IOException {
    ObjectNode manifest = everyApacheField("sparkclusters", ApacheSparkCluster.KIND, "v1");
    assertThat(manifest.at("/spec/workerSpec/statefulSetSpec/template/spec/containers/0/name").isTextual()).isTrue();
    assertThat(leafCount(manifest)).as("leaves in the generated Apache SparkCluster").isGreaterThan(1000);
    assertRoundTrips(manifest, ApacheSparkCluster.class);
  }

  @Test
  void apacheResourcesWithEveryFieldOfTheV1beta1CrdRoundTripAndKeepTheirApiVersion() throws IOException {
    for (String[] kind : new String[][] {{"sparkapplications", ApacheSparkApplication.KIND},
        {"sparkclusters", ApacheSparkCluster.KIND}}) {
      ObjectNode manifest = everyApacheField(kind[0], kind[1], "v1beta1");
      assertThat(manifest.get("apiVersion").asText()).isEqualTo("spark.apache.org/v1beta1");
      assertRoundTrips(manifest, kind[1].equals(ApacheSparkApplication.KIND)
          ? ApacheSparkApplication.class : ApacheSparkCluster.class);
    }
  }

  private static ObjectNode everyApacheField(String plural, String kind, String version) throws IOException {
    JsonNode crd = new YAMLMapper().readTree(TestData.apacheCrd(plural).toFile());
    JsonNode schema = null;
    for (JsonNode served : crd.at("/spec/versions")) {
      if (version.equals(served.path("name").asText())) {
        schema = served.at("/schema/openAPIV3Schema");
      }
    }
    assertThat(schema).as("version " + version + " of " + plural).isNotNull();
    ObjectNode manifest = NODES.objectNode();
    manifest.put("apiVersion", "spark.apache.org/" + version);
    manifest.put("kind", kind);
    ObjectNode metadata = manifest.putObject("metadata");
    metadata.put("name", "every-field");
    metadata.put("namespace", "default");
    manifest.setAll((ObjectNode) value(schema, "root", schema));
    assertThat(CrdSchemas.check(manifest)).as("the generated manifest passes its version's schema").isEmpty();
    return manifest;
  }

  private static void assertRoundTrips(ObjectNode manifest, Class<?> type) throws IOException {
    String input = new YAMLMapper().writeValueAsString(manifest);
    Manifest read = SparkYaml.strict().read(input, "every-field.yaml");
    assertThat(read.resources()).singleElement().isInstanceOf(type);
    String written = SparkYaml.strict().toYaml(read.resources().get(0));
    JsonNode reread = new TreeReader(SparkYaml.DEFAULT_MAX_CHARS).read(written, "written").get(0).tree();
    assertThat(TreeComparison.leaves(reread)).containsExactlyInAnyOrderEntriesOf(TreeComparison.leaves(manifest));
  }

  private static ObjectNode everyField(String plural, String kind) throws IOException {
    JsonNode crd = new YAMLMapper().readTree(TestData.crd(plural).toFile());
    JsonNode schema = crd.at("/spec/versions/0/schema/openAPIV3Schema");
    ObjectNode manifest = (ObjectNode) value(schema, "root", schema);
    manifest.put("apiVersion", "sparkoperator.k8s.io/" + crd.at("/spec/versions/0/name").asText());
    manifest.put("kind", kind);
    ObjectNode metadata = manifest.putObject("metadata");
    metadata.put("name", "every-field");
    metadata.put("namespace", "default");
    metadata.putObject("labels").put("app", "every-field");
    return manifest;
  }

  private static JsonNode value(JsonNode schema, String name, JsonNode root) {
    if (CLOSED_SETS.containsKey(name)) {
      return NODES.textNode(CLOSED_SETS.get(name));
    }
    if (schema.has("enum")) {
      return schema.get("enum").get(0);
    }
    if (schema.path("x-kubernetes-int-or-string").asBoolean()) {
      return schema.has("pattern") ? NODES.textNode("1Gi") : NODES.numberNode(8080);
    }
    if (schema.path("x-kubernetes-preserve-unknown-fields").asBoolean() && !schema.has("properties")) {
      return podTemplate(root);
    }
    switch (schema.path("type").asText()) {
      case "object": {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
          object.set(property.getKey(), value(property.getValue(), property.getKey(), root));
        }
        if (schema.path("additionalProperties").isObject()) {
          object.set("key-" + name, value(schema.get("additionalProperties"), name, root));
        }
        return object;
      }
      case "array":
        return NODES.arrayNode().add(value(schema.get("items"), name, root));
      case "integer":
        return NODES.numberNode(schema.has("minimum") ? Math.max(schema.get("minimum").asLong(), 1) : 3);
      case "number":
        return NODES.numberNode(1.5);
      case "boolean":
        return NODES.booleanNode(true);
      default:
        if ("date-time".equals(schema.path("format").asText())) {
          return NODES.textNode("2024-01-02T03:04:05Z");
        }
        if ("byte".equals(schema.path("format").asText())) {
          return NODES.textNode("c3BhcmthcHA=");
        }
        return NODES.textNode("v-" + name);
    }
  }

  /**
   * The template fields are schemaless in the CRD: fill them with a pod whose container sets every field
   * (of the container schema in the SparkApplication CRD, for SparkConnect whose CRD has none).
   */
  private static JsonNode podTemplate(JsonNode root) {
    JsonNode containerSchema = root.at(
        root.at("/properties/spec/properties/driver").isMissingNode()
            ? "/properties/spec/properties/template/properties/driver/properties/initContainers/items"
            : "/properties/spec/properties/driver/properties/initContainers/items");
    if (containerSchema.isMissingNode()) {
      containerSchema = APPLICATION_SCHEMA.at("/properties/spec/properties/driver/properties/initContainers/items");
    }
    ObjectNode template = NODES.objectNode();
    template.putObject("metadata").putObject("labels").put("team", "data");
    ObjectNode spec = template.putObject("spec");
    ArrayNode containers = spec.putArray("containers");
    containers.add(value(containerSchema, "container", root));
    spec.put("serviceAccountName", "spark");
    return template;
  }

  private static JsonNode applicationSchema() {
    try {
      return new YAMLMapper().readTree(TestData.crd("sparkapplications").toFile())
          .at("/spec/versions/0/schema/openAPIV3Schema");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int leafCount(JsonNode node) {
    return TreeComparison.leaves(node).size();
  }

}
