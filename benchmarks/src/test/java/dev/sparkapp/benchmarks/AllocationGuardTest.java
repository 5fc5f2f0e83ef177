package dev.sparkapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.benchmarks.AllocationProfile.Comparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Holds the bytes the SDK allocates per operation, as a ratio to fabric8 generic's on the same manifest
 * in the same JVM, under limits 5 % above the figures of 2026-12-02 (README, Performance). Not a timed
 * test: run without escape analysis (the module's surefire {@code argLine}), allocated bytes per operation
 * are the same (to within a few bytes) from run to run whatever the machine's load, so the limits can sit close. An
 * extra copy of the tree on write ({@code writeValueAsString(valueToTree(resource))}) adds 12 % to build +
 * write and fails this test. What it cannot see, CPU time spent without allocating, only JMH shows
 * ({@code benchmarks/run.sh}). A Jackson, fabric8 or JDK upgrade moves both sides: re-measure with
 * {@link AllocationProfile#main} and re-set the limits, saying why, in the same commit.
 */
class AllocationGuardTest {
  /** SDK / fabric8 generic bytes per build + write, spark-pi: 0.586 measured (88,632 / 151,360 B). */
  static final double BUILD_AND_WRITE_SPARK_PI_LIMIT = 0.615;

  /** SDK / fabric8 generic bytes per build + write, large: 0.486 measured (544,952 / 1,122,376 B). */
  static final double BUILD_AND_WRITE_LARGE_LIMIT = 0.510;

  /**
   * SDK / fabric8 generic bytes per read + validate of one document, spark-pi: 0.706 (168,390 / 238,424 B), measured
   * 2026-12-02 after issue 22's profile: the merges of that day had raised it to 0.874 (208,488 B), mostly by three
   * rules each building the same {@code BuiltPod} of each pod (now built once per validation), and by two
   * {@code JsonLocation}s per key in the reader (now read from SnakeYAML's mark).
   */
  static final double READ_AND_VALIDATE_SPARK_PI_LIMIT = 0.741;

  /**
   * SDK / fabric8 generic bytes per read + validate of one document, large: 0.662 (1,092,508 / 1,651,520 B), measured
   * with the spark-pi figure; the merges had raised it to 0.714 (1,179,144 B).
   */
  static final double READ_AND_VALIDATE_LARGE_LIMIT = 0.695;

  @ParameterizedTest
  @EnumSource(ManifestShape.class)
  void buildAndWriteAllocatesNoMoreThanItsShareOfFabric8Generics(ManifestShape shape) {
    Comparison comparison = AllocationProfile.buildAndWrite(shape);
    System.out.println("allocation guard: " + comparison);

    assertThat(comparison.ratio()).as(comparison.toString())
        .isLessThanOrEqualTo(shape == ManifestShape.SPARK_PI ? BUILD_AND_WRITE_SPARK_PI_LIMIT : BUILD_AND_WRITE_LARGE_LIMIT);
  }

  @ParameterizedTest
  @EnumSource(ManifestShape.class)
  void readAndValidateOfOneDocumentAllocatesNoMoreThanItsShareOfFabric8Generics(ManifestShape shape) {
    Comparison comparison = AllocationProfile.readAndValidate(shape);
    System.out.println("allocation guard: " + comparison);

    assertThat(comparison.ratio()).as(comparison.toString())
        .isLessThanOrEqualTo(shape == ManifestShape.SPARK_PI ? READ_AND_VALIDATE_SPARK_PI_LIMIT : READ_AND_VALIDATE_LARGE_LIMIT);
  }
}
