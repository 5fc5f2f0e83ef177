package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed inputs, each of which must give its exact typed {@link ManifestException} within a bounded
 * time (and within the test JVM's 2 GB heap), never a raw library exception.
 */
class BadInputCorpusTest {
  private static final Duration BOUND = Duration.ofSeconds(10);

  static Stream<Path> corpus() throws IOException, URISyntaxException {
    Path dir = Path.of(BadInputCorpusTest.class.getResource("bad-input").toURI());
    List<Path> cases = Files.list(dir).filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(16);
    return cases.stream();
  }

  private static Throwable readFailure(InputStream in, String source) {
    return assertTimeoutPreemptively(BOUND, () -> catchThrowable(() -> {
      Manifest manifest = SparkYaml.strict().read(in, source);
      ManifestValidator.defaults().validate(manifest);
    }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void eachMalformedInputGivesItsExactTypedError(Path file) throws IOException {
    List<String> expected = Files.readAllLines(file.resolveSibling(file.getFileName() + ".expected"));
    String source = file.getFileName().toString();

    Throwable thrown = readFailure(new ByteArrayInputStream(Files.readAllBytes(file)), source);

    assertThat(thrown).isInstanceOf(ManifestException.class);
    assertThat(thrown.getClass().getSimpleName()).isEqualTo(expected.get(0));
    assertThat(thrown).hasMessage(expected.get(1));
  }

  @Test
  void aFiftyMegabyteDocumentIsRefusedBeforeItIsParsed() {
    byte[] big = ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n  k: \""
        + "x".repeat(50 * 1024 * 1024) + "\"\n").getBytes(StandardCharsets.UTF_8);

    Throwable thrown = readFailure(new ByteArrayInputStream(big), "big.yaml");

    assertThat(thrown).isInstanceOf(YamlSyntaxException.class).hasMessage("big.yaml:1:1: the input is larger than "
        + "the limit of 16777216 characters; split it into several files");
  }

  @Test
  void deeplyNestedFlowCollectionsAreRefused() {
    String deep = "a: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

    Throwable thrown = readFailure(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)), "deep.yaml");

    assertThat(thrown).isInstanceOf(YamlSyntaxException.class).hasMessageStartingWith("deep.yaml:1:104: a[0][0]")
        .hasMessageEndingWith("[0]: the input is nested deeper than 100 levels");
  }

  @Test
  void deeplyNestedBlockMappingsAreRefused() {
    StringBuilder text = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n");
    for (int depth = 0; depth < 3000; depth++) {
      text.append("  ".repeat(depth + 2)).append("k:\n");
    }

    Throwable thrown = readFailure(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), "d.yaml");

    assertThat(thrown).isInstanceOf(YamlSyntaxException.class).hasMessageStartingWith("d.yaml:105:203: metadata.labels.k.k")
        .hasMessageEndingWith(".k: the input is nested deeper than 100 levels");
  }
}
