package dev.sparkapp.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/** Flattens a tree to {@code path -> type:value} leaves, so two trees compare leaf by leaf, types included. */
final class TreeComparison {
  private TreeComparison() {}

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
    } else {
      out.put(path, node.getNodeType() + ":" + node.asText());
    }
  }
}
