package com.example.jobs;

import static dev.sparkapp.testing.SparkAssertions.assertThat;

import dev.sparkapp.testing.SparkAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SparkPiTest {
  @Test
  void theDriverHasOneCore() {
    assertThat(SparkPi.application()).hasName("spark-pi").isValid().driver().hasCores(1);
  }

  @TestFactory
  Stream<DynamicTest> theApplicationMatchesItsSnapshot() {
    return SparkAssertions.snapshotTests(Path.of("src/test/snapshots"), List.of("spark-pi"), name -> name,
        name -> SparkPi.application());
  }
}
