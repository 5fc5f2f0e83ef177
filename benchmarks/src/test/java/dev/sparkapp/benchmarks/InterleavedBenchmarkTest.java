package dev.sparkapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

class InterleavedBenchmarkTest {
  private static final Blackhole BLACKHOLE = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void eachPathsTimeGoesToItsOwnCounterWhicheverRanFirstAndTheOrderAlternates() {
    AtomicLong clock = new AtomicLong();
    List<String> order = new ArrayList<>();
    InterleavedBenchmark.Nanos nanos = new InterleavedBenchmark.Nanos();

    for (int call = 0; call < 4; call++) {
      InterleavedBenchmark.both(nanos, BLACKHOLE, () -> {
        order.add("sdk");
        return clock.addAndGet(7);
      }, () -> {
        order.add("fabric8Generic");
        return clock.addAndGet(3);
      }, clock::get);
    }

    assertThat(order).containsExactly("sdk", "fabric8Generic", "fabric8Generic", "sdk", "sdk", "fabric8Generic",
        "fabric8Generic", "sdk");
    assertThat(nanos.sdkNanos).isEqualTo(28);
    assertThat(nanos.fabric8GenericNanos).isEqualTo(12);
    assertThat(nanos.calls).isEqualTo(4);
  }

  @Test
  void everyIterationStartsFromZero() {
    InterleavedBenchmark.Nanos nanos = new InterleavedBenchmark.Nanos();
    nanos.sdkNanos = 5;
    nanos.fabric8GenericNanos = 6;
    nanos.calls = 7;

    nanos.reset();

    assertThat(List.of(nanos.sdkNanos, nanos.fabric8GenericNanos, nanos.calls)).containsOnly(0L);
  }

  @Test
  void bothWrappedBenchmarksGetTheShapeAndOneDocumentOfInput() {
    InterleavedBenchmark benchmark = new InterleavedBenchmark();
    benchmark.shape = ManifestShape.LARGE;
    benchmark.setUp();
    InterleavedBenchmark.Nanos nanos = new InterleavedBenchmark.Nanos();

    benchmark.buildAndWrite(nanos, BLACKHOLE);
    benchmark.readAndValidate(nanos, BLACKHOLE);

    assertThat(nanos.calls).isEqualTo(2);
    assertThat(nanos.sdkNanos).isPositive();
    assertThat(nanos.fabric8GenericNanos).isPositive();
  }
}
