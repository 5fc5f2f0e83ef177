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
    InterleavedBenchmark.Nanos nanos = new InterleavedBenchmark.Nanos();
    Supplier<?>[] paths = new Supplier<?>[3];
    paths[InterleavedBenchmark.SDK] = path("sdk", 7, order, clock);
    paths[InterleavedBenchmark.FABRIC8_GENERIC] = path("fabric8Generic", 3, order, clock);
    paths[InterleavedBenchmark.FLOOR] = path("floor", 5, order, clock);

    for (int call = 0; call < 3; call++) {
      InterleavedBenchmark.inTurn(nanos, BLACKHOLE, paths, 10, clock::get);
    }

    // a block ends on the first call that reaches 10: two calls of the SDK (14), four of fabric8 (12), two of the floor (10)
    assertThat(String.join(" ", order)).isEqualTo("sdk sdk fabric8Generic fabric8Generic fabric8Generic fabric8Generic "
        + "floor floor fabric8Generic fabric8Generic fabric8Generic fabric8Generic floor floor sdk sdk "
        + "floor floor sdk sdk fabric8Generic fabric8Generic fabric8Generic fabric8Generic");
    assertThat(List.of(nanos.sdkNanos, nanos.sdkCalls)).containsExactly(42L, 6L);
    assertThat(List.of(nanos.fabric8GenericNanos, nanos.fabric8GenericCalls)).containsExactly(36L, 12L);
    assertThat(List.of(nanos.floorNanos, nanos.floorCalls)).containsExactly(30L, 6L);
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
    nanos.sdkCalls = 1;
    nanos.fabric8GenericNanos = 6;
    nanos.fabric8GenericCalls = 2;
    nanos.floorNanos = 8;
    nanos.floorCalls = 3;

    nanos.reset();

    assertThat(List.of(nanos.sdkNanos, nanos.sdkCalls, nanos.fabric8GenericNanos, nanos.fabric8GenericCalls,
        nanos.floorNanos, nanos.floorCalls)).containsOnly(0L);
  }

  @Test
  void everyWrappedBenchmarkGetsTheShapeAndOneDocumentOfInput() {
    InterleavedBenchmark benchmark = new InterleavedBenchmark();
    benchmark.shape = ManifestShape.LARGE;
    benchmark.setUp();
    InterleavedBenchmark.Nanos nanos = new InterleavedBenchmark.Nanos();

    benchmark.buildAndWrite(nanos, BLACKHOLE);
    benchmark.readAndValidate(nanos, BLACKHOLE);

    assertThat(nanos.sdkCalls).isPositive();
    assertThat(nanos.fabric8GenericCalls).isPositive();
    assertThat(nanos.floorCalls).isPositive();
    assertThat(nanos.sdkNanos).isPositive();
    assertThat(nanos.fabric8GenericNanos).isPositive();
    assertThat(nanos.floorNanos).isPositive();
  }
}
