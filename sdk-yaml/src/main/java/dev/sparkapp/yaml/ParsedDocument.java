package dev.sparkapp.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One YAML document as a Jackson tree, with the source position of every node and key ({@code positions}),
 * where each mapping value starts ({@code valuePositions}), whether the tree holds a null anywhere, and
 * the fields whose null {@link NonNullableNulls} removed as the API server does ({@code prunedNulls},
 * filled when the document is bound).
 */
record ParsedDocument(JsonNode tree, Map<FieldPath, SourcePosition> positions,
    Map<FieldPath, SourcePosition> valuePositions, SourcePosition start, boolean hasNulls,
    List<FieldPath> prunedNulls) {

  ParsedDocument(JsonNode tree, Map<FieldPath, SourcePosition> positions,
      Map<FieldPath, SourcePosition> valuePositions, SourcePosition start, boolean hasNulls) {
    this(tree, positions, valuePositions, start, hasNulls, new ArrayList<>());
  }

  /** Where the value at {@code path} starts, else where its key (or nearest present ancestor) stands. */
  SourcePosition valuePositionOf(FieldPath path) {
    SourcePosition value = valuePositions.get(path);
    return value != null ? value : positionOf(path);
  }

  /** Where the field at {@code path} stands, else its nearest present ancestor, else the document start. */
  SourcePosition positionOf(FieldPath path) {
    for (FieldPath at = path; at != null; at = at.parent().orElse(null)) {
      SourcePosition position = positions.get(at);
      if (position != null) {
        return position;
      }
    }
    return start;
  }
}
