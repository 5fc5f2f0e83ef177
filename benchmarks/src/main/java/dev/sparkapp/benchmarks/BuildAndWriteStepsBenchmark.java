package dev.sparkapp.benchmarks;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
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
 * {@link BuildAndWriteBenchmark} taken apart, to show where each path's time goes and where the SDK's
 * floor is: building and writing separately for both paths, and {@code sdkFabric8Parts}, the fabric8
 * builders the SDK user's own code calls (pod template, security contexts, metadata, volumes), which
 * the SDK path pays whatever the SDK does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BuildAndWriteStepsBenchmark {
  /** The manifest to build. */
  @Param({"SPARK_PI", "LARGE"})
  public ManifestShape shape;

  private final SparkYaml sparkYaml = SparkYaml.strict();
  private final KubernetesSerialization fabric8 = new KubernetesSerialization();
  private SparkApplication sdkBuilt;
  private GenericKubernetesResource fabric8Built;

  /** Builds each path's manifest once, for the write-only benchmarks. */
  @Setup
  public void buildOnce() {
    sdkBuilt = SdkManifest.build(shape);
    fabric8Built = Fabric8Manifest.build(shape);
  }

  /** The SDK's build alone: typed builders, the user's fabric8 parts, probe attachment. */
  @Benchmark
  public SparkApplication sdkBuild() {
    return SdkManifest.build(shape);
  }

  /** Only the fabric8 builders inside {@link #sdkBuild()}: the user's code, the SDK's floor. */
  @Benchmark
  public List<Object> sdkFabric8Parts() {
    return SdkManifest.fabric8Parts(shape);
  }

  /** The SDK's write alone: {@code SparkYaml.toYaml} of an already built application. */
  @Benchmark
  public String sdkWrite() {
    return sparkYaml.toYaml(sdkBuilt);
  }

  /** The baseline's build alone: a generic resource with a map spec. */
  @Benchmark
  public GenericKubernetesResource fabric8GenericBuild() {
    return Fabric8Manifest.build(shape);
  }

  /** The baseline's write alone: fabric8's {@code asYaml} of an already built generic resource. */
  @Benchmark
  public String fabric8GenericWrite() {
    return fabric8.asYaml(fabric8Built);
  }
}
