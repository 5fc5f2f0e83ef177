package dev.sparkapp.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import java.util.Map;

/** One YAML document as a Jackson tree, with the source position of every node and key. */
record ParsedDocument(JsonNode tree, Map<FieldPath, SourcePosition> positions, SourcePosition start) {}
