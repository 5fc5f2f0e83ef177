package dev.sparkapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

class InterleavedBenchmarkTest {
  private static final Blackhole BLACKHOLE = new Blackhole(
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void eachPathsTimeGoesToItsOwnCounterAndTheFirstPathRotates() {
    AtomicLong clock = new AtomicLong();
    List<String> order = new ArrayList<>();
    InterleavedBenchmark.Nanos nanos = new InterleavedBenchmark.Nanos();
    Supplier<?>[] paths = new Supplier<?>[3];
    paths[InterleavedBenchmark.SDK] = path("sdk", 7, order, clock);
    paths[InterleavedBenchmark.FABRIC8_GENERIC] = path("fabric8Generic", 3, order, clock);
    paths[InterleavedBenchmark.FLOOR] = path("floor", 1, order, clock);

    for (int call = 0; call < 4; call++) {
      InterleavedBenchmark.inTurn(nanos, BLACKHOLE, paths, clock::get);
    }

    assertThat(order).containsExactly("sdk", "fabric8Generic", "floor", "fabric8Generic", "floor", "sdk",
        "floor", "sdk", "fabric8Generic", "sdk", "fabric8Generic", "floor");
    assertThat(nanos.sdkNanos).isEqualTo(28);
    assertThat(nanos.fabric8GenericNanos).isEqualTo(12);
    assertThat(nanos.floorNanos).isEqualTo(4);
    assertThat(nanos.calls).isEqualTo(4);
  }

  /** A path that records its name and moves the clock by {@code nanos}. */
  private static Supplier<Long> path(String name, long nanos, List<String> order, AtomicLong clock) {
    return () -> {
      order.add(name);
      return clock.addAndGet(nanos);
    };
  }

  @Test
  void everyIterationStartsFromZero() {
    InterleavedBenchmark.Nanos nanos = new InterleavedBenchmark.Nanos();
    nanos.sdkNanos = 5;
    nanos.fabric8GenericNanos = 6;
    nanos.floorNanos = 8;
    nanos.calls = 7;

    nanos.reset();

    assertThat(List.of(nanos.sdkNanos, nanos.fabric8GenericNanos, nanos.floorNanos, nanos.calls)).containsOnly(0L);
  }

  @Test
  void everyWrappedBenchmarkGetsTheShapeAndOneDocumentOfInput() {
    InterleavedBenchmark benchmark = new InterleavedBenchmark();
    benchmark.shape = ManifestShape.LARGE;
    benchmark.setUp();
    InterleavedBenchmark.Nanos nanos = new InterleavedBenchmark.Nanos();

    benchmark.buildAndWrite(nanos, BLACKHOLE);
    benchmark.readAndValidate(nanos, BLACKHOLE);

    assertThat(nanos.calls).isEqualTo(2);
    assertThat(nanos.sdkNanos).isPositive();
    assertThat(nanos.fabric8GenericNanos).isPositive();
    assertThat(nanos.floorNanos).isPositive();
  }
}
