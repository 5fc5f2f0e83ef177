package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sparkapp.core.FieldPath;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link NonNullableNulls#prune} asks for the CRD schema only when the document has a null to prune. */
class NonNullableNullsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void doesNotAskForTheSchemaOfADocumentWithoutNulls() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    ParsedDocument document = document("{\"spec\": {\"cores\": 1}}", false);

    NonNullableNulls.prune(document, counting(asked, "{\"properties\": {\"spec\": {}}}"));

    assertThat(asked).hasValue(0);
    assertThat(document.tree().path("spec").path("cores").asInt()).isEqualTo(1);
  }

  @Test
  void asksForTheSchemaOnceAndPrunesTheNonNullableNullOfADocumentWithANull() throws Exception {
    AtomicInteger asked = new AtomicInteger();
    ParsedDocument document = document("{\"spec\": {\"cores\": null, \"memory\": \"1g\"}}", true);

    NonNullableNulls.prune(document, counting(asked,
        "{\"properties\": {\"spec\": {\"properties\": {\"cores\": {\"type\": \"integer\"}}}}}"));

    assertThat(asked).hasValue(1);
    assertThat(document.tree().path("spec").has("cores")).isFalse();
    assertThat(document.prunedNulls()).containsExactly(FieldPath.of("spec", "cores"));
  }

  private static ParsedDocument document(String json, boolean hasNulls) throws Exception {
    return new ParsedDocument(JSON.readTree(json), Map.of(), Map.of(), null, hasNulls);
  }

  private static Supplier<JsonNode> counting(AtomicInteger asked, String schema) throws Exception {
    JsonNode tree = JSON.readTree(schema);
    return () -> {
      asked.incrementAndGet();
      return tree;
    };
  }
}
