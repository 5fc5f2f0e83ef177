package dev.sparkapp.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Read YAML text (one document, or a stream of 1,000) and validate it: sparkapp-sdk's strict typed
 * read against fabric8's generic read (the baseline) and a plain Jackson tree read (the floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadAndValidateBenchmark {
  /** The manifest to read. */
  @Param({"SPARK_PI", "LARGE"})
  public ManifestShape shape;

  /** How many copies of the manifest the input stream holds. */
  @Param({"1", "1000"})
  public int documents;

  private final SparkYaml sparkYaml = SparkYaml.strict();
  private final ManifestValidator validator = ManifestValidator.defaults();
  private final KubernetesSerialization fabric8 = new KubernetesSerialization();
  private final YAMLMapper yamlMapper = new YAMLMapper();
  private String text;

  /** Renders the input once per trial, with the SDK's writer so that every reader gets the same text. */
  @Setup
  public void renderInput() {
    text = ReferenceManifests.repeat(sparkYaml.toYaml(SdkManifest.build(shape)), documents);
  }

  /** Returns the input every reader gets, as rendered by {@link #renderInput()}. */
  String input() {
    return text;
  }

  /**
   * sparkapp-sdk: strict typed read (source positions, unknown-field checks), then the CRD schema and
   * the SDK's rules, one document at a time as {@code sparkapp validate} does ({@code forEachDocument}),
   * so that a 1,000-document stream never holds more than one document's tree.
   */
  @Benchmark
  public ValidationResult sdk() {
    List<ValidationResult> results = new ArrayList<>();
    sparkYaml.forEachDocument(text, "benchmark.yaml", document -> results.add(validator.validate(document)));
    return ValidationResult.merge(results);
  }

  /** The baseline: fabric8's generic read, which yields {@code GenericKubernetesResource}s. */
  @Benchmark
  public Object fabric8Generic() {
    return fabric8.unmarshal(text);
  }

  /** The floor: Jackson reads every document as an untyped tree. */
  @Benchmark
  public List<JsonNode> jacksonTree() throws IOException {
    return yamlMapper.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll();
  }
}
