package dev.sparkapp.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sparkapp.core.FieldPath;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Removes the nulls of CRD fields that are not {@code nullable} ({@code cores:} with nothing after it,
 * {@code volumes:} followed by a blank line), as the Kubernetes API server does before it validates or
 * stores a custom resource, so such a manifest reads as it applies. Transcribed from the behaviour of
 * kubernetes/kubernetes {@code staging/src/k8s.io/apiextensions-apiserver/pkg/apiserver/schema/defaulting/
 * prunenulls.go} ({@code PruneNonNullableNullsWithoutDefaults}, called from {@code customresource_handler.go}
 * for apiextensions.k8s.io/v1 CRDs since Kubernetes 1.20): a mapping's key whose value is null is removed
 * when the schema of that key (its property, else the mapping's {@code additionalProperties}) exists and is
 * not {@code nullable}; list elements are visited with the {@code items} schema but a null element stays; a
 * value without a schema ({@code x-kubernetes-preserve-unknown-fields}, {@code metadata}'s content, a field
 * the CRD does not declare) keeps its null. The API server leaves a null that has a {@code default} to be
 * defaulted; it is removed here too, since an absent field gets the same default.
 */
final class NonNullableNulls {
  private NonNullableNulls() {}

  /**
   * Removes the non-nullable nulls of {@code document}'s tree, recording their paths in {@code prunedNulls}.
   * The schema is asked for only when the document has a null: reading a CRD's schema tree (100-190 kB of
   * JSON) is a share of a cold {@code sparkapp fmt}, which otherwise never needs it.
   */
  static void prune(ParsedDocument document, Supplier<JsonNode> schema) {
    if (document.hasNulls()) {
      prune(document.tree(), schema.get(), FieldPath.root(), document.prunedNulls());
    }
  }

  private static void prune(JsonNode node, JsonNode schema, FieldPath path, List<FieldPath> pruned) {
    if (schema == null || !schema.isObject()) {
      return;
    }
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode fieldSchema = schemaOf(field.getKey(), schema);
        FieldPath at = path.field(field.getKey());
        if (field.getValue().isNull()) {
          if (fieldSchema != null && !fieldSchema.path("nullable").asBoolean(false)) {
            fields.remove();
            pruned.add(at);
          }
        } else if (field.getValue().isContainerNode()) {
          prune(field.getValue(), fieldSchema, at, pruned);
        }
      }
    } else if (node.isArray()) {
      JsonNode items = schema.get("items");
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainerNode()) {
          prune(node.get(i), items, path.index(i), pruned);
        }
      }
    }
  }

  private static JsonNode schemaOf(String field, JsonNode schema) {
    JsonNode property = schema.path("properties").get(field);
    if (property != null) {
      return property;
    }
    JsonNode additional = schema.get("additionalProperties");
    return additional != null && additional.isObject() ? additional : null;
  }
}
