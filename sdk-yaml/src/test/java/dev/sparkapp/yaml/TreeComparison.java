package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Flattens a tree to {@code path -> type:value} leaves, so two trees compare leaf by leaf, types included. */
final class TreeComparison {
  private TreeComparison() {}

  /**
   * Asserts that {@code written} holds as many documents as {@code original} and that each has the same
   * leaves, types included: nothing lost, changed or added by writing.
   */
  static void assertSameLeaves(String original, String written, String label) {
    TreeReader trees = new TreeReader(SparkYaml.DEFAULT_MAX_CHARS);
    List<ParsedDocument> before = trees.read(original, "before");
    List<ParsedDocument> after = trees.read(written, "after");
    assertThat(after).as("documents of %s", label).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(leaves(after.get(i).tree()))
          .as("document %d of %s", i, label)
          .containsExactlyInAnyOrderEntriesOf(leaves(before.get(i).tree()));
    }
  }

  static Map<String, String> leaves(JsonNode node) {
    Map<String, String> out = new TreeMap<>();
    collect(node, "", out);
    return out;
  }

  private static void collect(JsonNode node, String path, Map<String, String> out) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.put(path, "object:{}");
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collect(field.getValue(), path + "/" + field.getKey(), out);
      }
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.put(path, "array:[]");
      }
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "/" + i, out);
      }
    } else if (!node.isNull()) {
      // A null is no leaf: the API server drops the null of a field that is not nullable, and so does the
      // reader (NonNullableNulls); the corpus holds no nullable field.
      out.put(path, node.getNodeType() + ":" + node.asText());
    }
  }
}
