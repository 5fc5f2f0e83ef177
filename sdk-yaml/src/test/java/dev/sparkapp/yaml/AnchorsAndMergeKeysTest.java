package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.validate.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Anchors, aliases and {@code <<} merge keys expand as the YAML 1.1 merge key type says, checked against an
 * independent reader: SnakeYAML 2 (the {@code org.yaml:snakeyaml} jackson-dataformat-yaml 2.21 depends on,
 * YAML 1.1 with merge keys), not the SDK's own code.
 */
class AnchorsAndMergeKeysTest {
  private static final String SHARED = "anchors/spark-pi-shared.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String resource(String name) throws IOException {
    try (InputStream in = AnchorsAndMergeKeysTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The tree SnakeYAML expands {@code text} to. */
  private static JsonNode snakeYaml(String text) {
    Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    return JSON.valueToTree(loaded);
  }

  /** The tree the SDK reads a manifest to. */
  private static JsonNode read(String text) {
    return SparkYaml.strict().read(text, "shared.yaml").documents().get(0).tree();
  }

  /** The tree the SDK reads any YAML document to (no resource binding: plain YAML snippets). */
  private static JsonNode tree(String text) {
    return new TreeReader(SparkYaml.DEFAULT_MAX_CHARS).read(text, "snippet.yaml").get(0).tree();
  }

  @Test
  void theSharedManifestReadsToTheTreeSnakeYamlExpands() throws IOException {
    String text = resource(SHARED);

    JsonNode ours = read(text);

    assertThat(TreeComparison.leaves(ours)).isEqualTo(TreeComparison.leaves(snakeYaml(text)));
    // What the oracle agrees on, spelled out: the executor took the driver's tolerations and mounts, its
    // own memory and labels, and of the two merged label mappings the earlier.
    assertThat(ours.at("/spec/executor/tolerations")).isEqualTo(ours.at("/spec/driver/tolerations")).hasSize(2);
    assertThat(ours.at("/spec/executor/volumeMounts/1/mountPath").asText()).isEqualTo("/etc/spark-pi");
    assertThat(ours.at("/spec/executor/memory").asText()).isEqualTo("1g");
    assertThat(ours.at("/spec/executor/cores").asInt()).isEqualTo(1);
    assertThat(JSON.convertValue(ours.at("/spec/executor/labels"), Map.class)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "component", "executor", "app.kubernetes.io/name", "spark-pi", "app.kubernetes.io/part-of", "nightly-batch",
        "tier", "batch"));
  }

  @Test
  void theSharedManifestValidatesWithoutErrorAndWritesTheExpandedTreeBack() throws IOException {
    String text = resource(SHARED);
    Manifest manifest = SparkYaml.strict().read(text, "shared.yaml");

    ValidationResult result = ManifestValidator.defaults().validate(manifest);
    String written = SparkYaml.strict().toYaml(manifest.resources());

    assertThat(result.errors()).isEmpty();
    assertThat(written).doesNotContain("&", "*", "<<");
    assertThat(TreeComparison.leaves(snakeYaml(written))).isEqualTo(TreeComparison.leaves(snakeYaml(text)));
    assertThat(SparkYaml.strict().readApplication(written)).isEqualTo(manifest.resourcesOf(SparkApplication.class).get(0));
  }

  @Test
  void copiedValuesPointAtWhereTheyAreWrittenAndTheCopyAtItsAliasOrMergeKey() throws IOException {
    ManifestDocument document = SparkYaml.strict().read(resource(SHARED), "shared.yaml").documents().get(0);

    // merged from the driver (<<: *pod): the key and what is under it stand where the driver writes them
    assertThat(document.positionOf(FieldPath.of("spec", "executor", "tolerations")))
        .contains(SourcePosition.of("shared.yaml", 34, 5));
    assertThat(document.positionOf(FieldPath.of("spec", "executor", "tolerations").index(1).field("key")))
        .contains(SourcePosition.of("shared.yaml", 39, 7));
    // merged from metadata.labels
    assertThat(document.positionOf(FieldPath.of("spec", "executor", "labels", "app.kubernetes.io/part-of")))
        .contains(SourcePosition.of("shared.yaml", 10, 5));
    // explicit keys stand where they are written, over what was merged
    assertThat(document.positionOf(FieldPath.of("spec", "executor", "memory")))
        .contains(SourcePosition.of("shared.yaml", 55, 5));
    // a scalar alias stands at the alias
    assertThat(document.positionOf(FieldPath.of("spec", "executor", "image")))
        .contains(SourcePosition.of("shared.yaml", 53, 5));
  }

  @Test
  void anExplicitKeyWinsOverAMergedOneWhereverItStandsAndIsNoDuplicate() {
    String text = """
        base: &base {a: 1, b: 2, c: 3}
        before:
          b: explicit
          <<: *base
        after:
          <<: *base
          b: explicit
        """;

    JsonNode ours = tree(text);

    assertThat(TreeComparison.leaves(ours)).isEqualTo(TreeComparison.leaves(snakeYaml(text)));
    assertThat(ours.at("/before/b").asText()).isEqualTo("explicit");
    assertThat(ours.at("/after/b").asText()).isEqualTo("explicit");
    assertThat(ours.at("/after/a").asInt()).isEqualTo(1);
  }

  @Test
  void ofSeveralMergedMappingsTheEarlierWinsAndNestedMergesExpand() {
    String text = """
        one: &one {k: one, only1: x}
        two: &two {k: two, only2: y}
        three: &three {<<: *two, k: three, only3: z}
        merged:
          <<: [*one, *three, {k: inline, only4: w}]
        """;

    JsonNode ours = tree(text);

    assertThat(TreeComparison.leaves(ours)).isEqualTo(TreeComparison.leaves(snakeYaml(text)));
    assertThat(ours.at("/merged/k").asText()).isEqualTo("one");
    assertThat(ours.at("/merged/only2").asText()).isEqualTo("y");
  }

  @Test
  void anAnchoredListOfMappingsMergesAndCanBeMergedAgain() {
    String text = """
        one: &one {k: one}
        two: &two {k: two, l: two}
        first:
          <<: &both [*one, *two]
        second:
          <<: *both
        """;

    // SnakeYAML merges an alias of a list of mappings too (go-yaml refuses it): the SDK reads what either reads
    JsonNode ours = tree(text);

    assertThat(TreeComparison.leaves(ours)).isEqualTo(TreeComparison.leaves(snakeYaml(text)));
    assertThat(ours.at("/second")).isEqualTo(ours.at("/first"));
    assertThat(ours.at("/first/k").asText()).isEqualTo("one");
    assertThat(ours.at("/first/l").asText()).isEqualTo("two");
  }

  @Test
  void aQuotedMergeKeyIsAnOrdinaryKey() {
    String text = "base: &base {a: 1}\nquoted:\n  \"<<\": *base\n";

    JsonNode ours = tree(text);

    assertThat(TreeComparison.leaves(ours)).isEqualTo(TreeComparison.leaves(snakeYaml(text)));
    assertThat(ours.at("/quoted").has("<<")).isTrue();
  }

  @Test
  void aRepeatedExplicitKeyStaysADuplicateEvenBesideAMergeKey() {
    assertThatThrownBy(() -> tree("base: &base {a: 1}\nm:\n  <<: *base\n  a: 2\n  a: 3\n"))
        .isInstanceOf(DuplicateKeyException.class)
        .hasMessage("snippet.yaml:5:3: m.a: duplicate key 'a' (first at line 4); YAML readers disagree on which value"
            + " wins: keep one");
  }

  @Test
  void anAnchorRedefinedLaterIsUsedFromThenOn() {
    String text = "a: &x 1\nb: *x\nc: &x 2\nd: *x\n";

    JsonNode ours = tree(text);

    assertThat(TreeComparison.leaves(ours)).isEqualTo(TreeComparison.leaves(snakeYaml(text)));
    assertThat(ours.at("/d").asInt()).isEqualTo(2);
  }

  @Test
  void aDocumentMayAliasUpToTheFloorWhateverItsSize() {
    // 2,000 units aliased 30 times: 60,000 added to a small text, under the 65,536 units always allowed
    String text = "a: &a \"" + "x".repeat(1999) + "\"\nb: [" + "*a, ".repeat(29) + "*a]\n";

    JsonNode ours = tree(text);

    assertThat(ours.at("/b")).hasSize(30);
    assertThat(TreeComparison.leaves(ours)).isEqualTo(TreeComparison.leaves(snakeYaml(text)));
  }

  @Test
  void pastTheFloorAliasesMayAddTenTimesTheText() {
    // The text is 39,986 units when the 14th alias is read: keys a, f, b (3), the mapping, the two lists (3),
    // the two strings (30,001 + 9,951) and 14 aliases '*a' (2 each, 28). Ten times that is 399,860; each
    // alias adds the list it names, 30,002 units: ten add 300,020, the fourteenth would pass 399,860.
    String big = "a: &a [" + "\"" + "y".repeat(30_000) + "\"]\n";
    String filler = "f: \"" + "z".repeat(9_950) + "\"\n";
    String text = big + filler + "b: [" + "*a, ".repeat(9) + "*a]\n";

    assertThat(tree(text).at("/b")).hasSize(10);
    assertThatThrownBy(() -> tree(big + filler + "b: [" + "*a, ".repeat(13) + "*a]\n"))
        .isInstanceOf(AliasExpansionException.class)
        .hasMessageStartingWith("snippet.yaml:3:57: b[13]: the aliases of this document expand it by more than 399860"
            + " units (10 times its text, at least 65536, at most 1000000;");
  }

  @Test
  void noDocumentMayAliasMoreThanTheCapHoweverLargeItsText() {
    // 150,003 units of text would allow 1,500,030; the cap stops the seventh copy of 150,001 units.
    String text = "a: &a \"" + "w".repeat(150_000) + "\"\nb: [*a, *a, *a, *a, *a, *a, *a]\n";

    assertThatThrownBy(() -> tree(text))
        .isInstanceOf(AliasExpansionException.class)
        .hasMessageStartingWith("snippet.yaml:2:29: b[6]: the aliases of this document expand it by more than 1000000"
            + " units");
  }
}
