package dev.sparkapp.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import java.util.HashMap;
import java.util.Map;

/**
 * The anchors ({@code &name}) of one YAML document and the budget their aliases ({@code *name}) and
 * {@code <<} merge keys expand within.
 *
 * <p>Size is measured in units: one per node plus one per character of every key and string, so it
 * follows the length of the text an expanded document is written as. What aliases add may be at most
 * {@value #RATIO} times what the document's text holds so far, at least {@value #FLOOR} units (small files
 * share freely) and at most {@value #CAP} units (memory stays bounded whatever the input size). The idea
 * is go-yaml's (kubectl's reader), which fails with "excessive aliasing" when alias-driven nodes pass a
 * share of all nodes; SnakeYAML counts aliases to collections instead (50 by default). Expanded nesting is
 * held to {@link TreeReader#MAX_DEPTH} too, so chains of aliases cannot build a tree too deep to walk.
 */
final class AliasExpansion {
  /** How many times the size of the document's text aliases may add. */
  static final int RATIO = 10;
  /** What aliases may always add, whatever the size of the text. */
  static final long FLOOR = 64 * 1024;
  /** What aliases may add at most to one document. */
  static final long CAP = 1_000_000;

  /** An anchored node, where it was written, and (measured on first use) its size and height. */
  static final class Anchor {
    final JsonNode node;
    final FieldPath origin;
    private long size = -1;
    private int height;

    Anchor(JsonNode node, FieldPath origin) {
      this.node = node;
      this.origin = origin;
    }

    private void measure() {
      if (size < 0) {
        long[] sizeAndHeight = measure(node);
        size = sizeAndHeight[0];
        height = (int) sizeAndHeight[1];
      }
    }

    private static long[] measure(JsonNode node) {
      long size = 1 + (node.isTextual() ? node.textValue().length() : 0);
      long height = 0;
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        long[] child = measure(field.getValue());
        size += field.getKey().length() + child[0];
        height = Math.max(height, child[1] + 1);
      }
      if (node.isArray()) {
        for (JsonNode item : node) {
          long[] child = measure(item);
          size += child[0];
          height = Math.max(height, child[1] + 1);
        }
      }
      return new long[] {size, height};
    }
  }

  private final Map<String, Anchor> anchors = new HashMap<>();
  private long written;
  private long added;

  /** Counts {@code units} of the document's own text. */
  void written(long units) {
    written += units;
  }

  /** Defines (or, as YAML allows, redefines) anchor {@code name} as {@code node}, written at {@code origin}. */
  void define(String name, JsonNode node, FieldPath origin) {
    anchors.put(name, new Anchor(node, origin));
  }

  /**
   * Returns the anchor alias {@code *name} refers to, once its copy at {@code path}, {@code depth} levels
   * deep, is known to stay within the budget and the nesting limit.
   *
   * @throws YamlSyntaxException if no anchor of that name was defined before, or the copy nests too deep
   * @throws AliasExpansionException if the copy would pass the budget
   */
  Anchor expand(String name, SourcePosition at, FieldPath path, int depth) {
    Anchor anchor = anchors.get(name);
    if (anchor == null) {
      throw new YamlSyntaxException(at, path, "YAML alias '*" + name + "' refers to no anchor defined before it"
          + " in this document; put '&" + name + "' on the value to share, above its first use");
    }
    anchor.measure();
    if (depth + anchor.height > TreeReader.MAX_DEPTH) {
      throw new YamlSyntaxException(at, path, "YAML alias '*" + name + "' expands to input nested deeper than "
          + TreeReader.MAX_DEPTH + " levels");
    }
    long allowed = Math.min(CAP, Math.max(FLOOR, RATIO * written));
    if (added + anchor.size > allowed) {
      throw new AliasExpansionException(at, path, "the aliases of this document expand it by more than " + allowed
          + " units (" + RATIO + " times its text, at least " + FLOOR + ", at most " + CAP + "; a unit is a node or"
          + " a character of a key or string), as an alias bomb does; write the shared values out, or share fewer"
          + " and smaller ones");
    }
    added += anchor.size;
    return anchor;
  }
}
