package dev.sparkapp.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Build a manifest from scratch and write it as YAML: sparkapp-sdk against fabric8's generic resource
 * with fabric8's YAML serialization (the baseline) and plain Jackson over nested maps (the floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BuildAndWriteBenchmark {
  /** The manifest to build. */
  @Param({"SPARK_PI", "LARGE"})
  public ManifestShape shape;

  private final SparkYaml sparkYaml = SparkYaml.strict();
  private final KubernetesSerialization fabric8 = new KubernetesSerialization();
  private final YAMLMapper yamlMapper = new YAMLMapper();

  /** sparkapp-sdk: typed builders, then {@code SparkYaml.toYaml}. */
  @Benchmark
  public String sdk() {
    return sparkYaml.toYaml(SdkManifest.build(shape));
  }

  /** The baseline: {@code GenericKubernetesResource} with a map spec, then fabric8's {@code asYaml}. */
  @Benchmark
  public String fabric8Generic() {
    return fabric8.asYaml(Fabric8Manifest.build(shape));
  }

  /** The floor: nested maps written by a plain Jackson {@code YAMLMapper}. */
  @Benchmark
  public String jacksonMaps() throws JsonProcessingException {
    return yamlMapper.writeValueAsString(MapManifest.build(shape));
  }
}
