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
  void eachPathRunsForABlockItsTimeAndCallsGoToItsOwnCountersAndTheFirstPathRotates() {
    AtomicLong clock = new AtomicLong();
    List<String> order = new ArrayList<>();
    InterleavedBenchmark.PathCounters counters = new InterleavedBenchmark.PathCounters();
    Supplier<?>[] paths = new Supplier<?>[3];
    paths[InterleavedBenchmark.SDK] = path("sdk", 7, order, clock);
    paths[InterleavedBenchmark.FABRIC8_GENERIC] = path("fabric8Generic", 3, order, clock);
    paths[InterleavedBenchmark.FLOOR] = path("floor", 5, order, clock);

    for (int call = 0; call < 3; call++) {
      InterleavedBenchmark.inTurn(counters, BLACKHOLE, paths, 10, clock::get);
    }

    // a block ends on the first call that reaches 10: two calls of the SDK (14), four of fabric8 (12), two of the floor (10)
    assertThat(String.join(" ", order)).isEqualTo("sdk sdk fabric8Generic fabric8Generic fabric8Generic fabric8Generic "
        + "floor floor fabric8Generic fabric8Generic fabric8Generic fabric8Generic floor floor sdk sdk "
        + "floor floor sdk sdk fabric8Generic fabric8Generic fabric8Generic fabric8Generic");
    assertThat(List.of(counters.sdkNanos, counters.sdkCalls)).containsExactly(42L, 6L);
    assertThat(List.of(counters.fabric8GenericNanos, counters.fabric8GenericCalls)).containsExactly(36L, 12L);
    assertThat(List.of(counters.floorNanos, counters.floorCalls)).containsExactly(30L, 6L);
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
    InterleavedBenchmark.PathCounters counters = new InterleavedBenchmark.PathCounters();
    counters.sdkNanos = 5;
    counters.sdkCalls = 1;
    counters.fabric8GenericNanos = 6;
    counters.fabric8GenericCalls = 2;
    counters.floorNanos = 8;
    counters.floorCalls = 3;

    counters.reset();

    assertThat(List.of(counters.sdkNanos, counters.sdkCalls, counters.fabric8GenericNanos, counters.fabric8GenericCalls,
        counters.floorNanos, counters.floorCalls)).containsOnly(0L);
  }

  @Test
  void everyWrappedBenchmarkGetsTheShapeAndOneDocumentOfInput() {
    InterleavedBenchmark benchmark = new InterleavedBenchmark();
    benchmark.shape = ManifestShape.LARGE;
    benchmark.setUp();
    InterleavedBenchmark.PathCounters counters = new InterleavedBenchmark.PathCounters();

    benchmark.buildAndWrite(counters, BLACKHOLE);
    benchmark.readAndValidate(counters, BLACKHOLE);

    assertThat(counters.sdkCalls).isPositive();
    assertThat(counters.fabric8GenericCalls).isPositive();
    assertThat(counters.floorCalls).isPositive();
    assertThat(counters.sdkNanos).isPositive();
    assertThat(counters.fabric8GenericNanos).isPositive();
    assertThat(counters.floorNanos).isPositive();
  }
}
