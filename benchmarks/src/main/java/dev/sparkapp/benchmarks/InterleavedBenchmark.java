package dev.sparkapp.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The SDK, the fabric8 generic baseline and the SDK's floor measured in the same fork and the same
 * second: every invocation runs each path for a block of 20 ms, the first of them rotating from call to
 * call, and adds each block's wall time and calls to that path's counters. The fork's ratio is the
 * baseline's time per call over the SDK's; the baseline's over the floor's is the most the SDK could reach
 * if its own work cost nothing.
 *
 * <p>Why: on this VM the speed of memory-bound code moves by 20-30 % in plateaus of 10-20 s that have
 * nothing to do with the JVM (a plain pointer-chasing loop shows them too, while a register-only loop
 * stays within 6 %). Forks of the SDK and of the baseline that run one after the other see different
 * plateaus; blocks of 20 ms in turn see the same one. Why blocks and not one call of each in turn: paths
 * that alternate call by call evict each other's code and data from the caches, which made every path
 * about twice as slow as alone and the SDK, the larger code, slower still (spark-pi build + write: 1.40x
 * call by call, 1.76x in 20-ms blocks, in the same hour). The paths share the JVM, its JIT profiles and
 * its heap, as they do in a job-submission service that builds manifests with the SDK and talks to the
 * API server through fabric8; a garbage collection lands in whichever block fills the young generation,
 * so each path pays in proportion to what it allocates.
 *
 * <p>The paths are the methods of the stand-alone benchmarks: build + write is {@link
 * BuildAndWriteBenchmark#sdk()} against {@link BuildAndWriteBenchmark#fabric8Generic()}, with the floor
 * {@link BuildAndWriteStepsBenchmark#sdkFabric8Parts()} (the fabric8 builders the user's own code calls,
 * which the SDK path pays whatever the SDK does) followed by {@link BuildAndWriteBenchmark#jacksonMaps()}
 * (Jackson's YAML generator writing the same manifest from nested maps, which any writer on
 * jackson-dataformat-yaml pays); read + validate of one document is {@link
 * ReadAndValidateBenchmark#sdk()} against {@link ReadAndValidateBenchmark#fabric8Generic()}, with the floor
 * {@link ReadAndValidateBenchmark#jacksonTree()} (an untyped tree: no positions, no binding, no
 * validation). JMH's own score of the methods below is the time of one block of each path and is not a
 * figure of its own.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class InterleavedBenchmark {
  /** The manifest to build, or to read. */
  @Param({"SPARK_PI", "LARGE"})
  public ManifestShape shape;

  private final BuildAndWriteBenchmark buildAndWrite = new BuildAndWriteBenchmark();
  private final ReadAndValidateBenchmark readAndValidate = new ReadAndValidateBenchmark();
  private Supplier<?>[] buildAndWritePaths;
  private Supplier<?>[] readAndValidatePaths;

  /** Each path's wall time and calls in one iteration, reported by JMH beside the score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class PathCounters {
    /** Nanoseconds spent in the SDK's path during this iteration. */
    public long sdkNanos;

    /** Calls of the SDK's path during this iteration. */
    public long sdkCalls;

    /** Nanoseconds spent in the baseline's path during this iteration. */
    public long fabric8GenericNanos;

    /** Calls of the baseline's path during this iteration. */
    public long fabric8GenericCalls;

    /** Nanoseconds spent in the floor's path during this iteration. */
    public long floorNanos;

    /** Calls of the floor's path during this iteration. */
    public long floorCalls;

    private int first;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      sdkNanos = 0;
      sdkCalls = 0;
      fabric8GenericNanos = 0;
      fabric8GenericCalls = 0;
      floorNanos = 0;
      floorCalls = 0;
    }

    private void add(int path, long nanos, long calls) {
      switch (path) {
        case SDK -> {
          sdkNanos += nanos;
          sdkCalls += calls;
        }
        case FABRIC8_GENERIC -> {
          fabric8GenericNanos += nanos;
          fabric8GenericCalls += calls;
        }
        default -> {
          floorNanos += nanos;
          floorCalls += calls;
        }
      }
    }
  }

  /** How long each path runs before the next takes over: far shorter than the VM's plateaus of 10-20 s. */
  static final long BLOCK_NANOS = 20_000_000;

  /** Index of the SDK's path in the arrays {@link #inTurn} takes. */
  static final int SDK = 0;

  /** Index of the baseline's path in the arrays {@link #inTurn} takes. */
  static final int FABRIC8_GENERIC = 1;

  /** Index of the floor's path in the arrays {@link #inTurn} takes. */
  static final int FLOOR = 2;

  /** Gives the wrapped benchmarks the shape and the one-document input they would get from JMH. */
  @Setup
  public void setUp() {
    buildAndWrite.shape = shape;
    readAndValidate.shape = shape;
    readAndValidate.documents = 1;
    readAndValidate.renderInput();
    buildAndWritePaths = new Supplier<?>[] {buildAndWrite::sdk, buildAndWrite::fabric8Generic, () -> {
      try {
        return new Object[] {SdkManifest.fabric8Parts(shape), buildAndWrite.jacksonMaps()};
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }};
    readAndValidatePaths = new Supplier<?>[] {readAndValidate::sdk, readAndValidate::fabric8Generic, () -> {
      try {
        return readAndValidate.jacksonTree();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }};
  }

  /** Build + write: the SDK, fabric8 generic, and the user's fabric8 parts plus a plain Jackson write. */
  @Benchmark
  public void buildAndWrite(PathCounters counters, Blackhole blackhole) {
    inTurn(counters, blackhole, buildAndWritePaths, BLOCK_NANOS, System::nanoTime);
  }

  /** Read + validate of one document: the SDK, fabric8 generic, and a plain Jackson tree read. */
  @Benchmark
  public void readAndValidate(PathCounters counters, Blackhole blackhole) {
    inTurn(counters, blackhole, readAndValidatePaths, BLOCK_NANOS, System::nanoTime);
  }

  /**
   * Runs each of {@code paths} (indexed by {@link #SDK}, {@link #FABRIC8_GENERIC} and {@link #FLOOR}) for
   * a block of at least {@code blockNanos} on {@code clock}, starting with the next path on every call, and
   * adds each block's time and calls to that path's counters.
   */
  static void inTurn(PathCounters counters, Blackhole blackhole, Supplier<?>[] paths, long blockNanos,
      LongSupplier clock) {
    int first = counters.first;
    counters.first = (first + 1) % paths.length;
    for (int i = 0; i < paths.length; i++) {
      int path = (first + i) % paths.length;
      Supplier<?> code = paths[path];
      long start = clock.getAsLong();
      long now;
      long calls = 0;
      do {
        blackhole.consume(code.get());
        calls++;
        now = clock.getAsLong();
      } while (now - start < blockNanos);
      counters.add(path, now - start, calls);
    }
  }
}
