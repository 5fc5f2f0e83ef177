package dev.sparkapp.benchmarks;

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
 * The SDK and the fabric8 generic baseline measured in the same fork and the same second: every
 * invocation runs both paths once, in alternating order, and adds each path's wall time to its own
 * counter. The iteration's ratio is {@code fabric8GenericNanos / sdkNanos}.
 *
 * <p>Why: on this VM the speed of memory-bound code moves by 20-30 % in plateaus of 10-20 s that have
 * nothing to do with the JVM (a plain pointer-chasing loop shows them too, while a register-only loop
 * stays within 5 %). Forks of the SDK and of the baseline that run one after the other see different
 * plateaus; two paths timed a few hundred microseconds apart see the same one. Both paths share the
 * JVM, its JIT profiles and its heap, as they do in a job-submission service that builds manifests with
 * the SDK and talks to the API server through fabric8. A garbage collection lands in whichever path
 * fills the young generation, so each path pays for it in proportion to what it allocates.
 *
 * <p>The {@code sdk} and {@code fabric8Generic} methods of {@link BuildAndWriteBenchmark} and {@link
 * ReadAndValidateBenchmark} are the code timed here; the JMH score of the methods below is the time of
 * both paths together and is not a figure of its own.
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

  /** Each path's wall time in one iteration, reported by JMH beside the score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Nanos {
    /** Nanoseconds spent in the SDK's path during this iteration. */
    public long sdkNanos;

    /** Nanoseconds spent in the baseline's path during this iteration. */
    public long fabric8GenericNanos;

    /** How many times each path ran during this iteration. */
    public long calls;

    private boolean sdkFirst;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      sdkNanos = 0;
      fabric8GenericNanos = 0;
      calls = 0;
    }
  }

  /** Gives both wrapped benchmarks the shape and the one-document input they would get from JMH. */
  @Setup
  public void setUp() {
    buildAndWrite.shape = shape;
    readAndValidate.shape = shape;
    readAndValidate.documents = 1;
    readAndValidate.renderInput();
  }

  /** Build + write: {@link BuildAndWriteBenchmark#sdk()} and {@link BuildAndWriteBenchmark#fabric8Generic()}. */
  @Benchmark
  public void buildAndWrite(Nanos nanos, Blackhole blackhole) {
    both(nanos, blackhole, buildAndWrite::sdk, buildAndWrite::fabric8Generic, System::nanoTime);
  }

  /**
   * Read + validate of one document: {@link ReadAndValidateBenchmark#sdk()} and {@link
   * ReadAndValidateBenchmark#fabric8Generic()}.
   */
  @Benchmark
  public void readAndValidate(Nanos nanos, Blackhole blackhole) {
    both(nanos, blackhole, readAndValidate::sdk, readAndValidate::fabric8Generic, System::nanoTime);
  }

  /**
   * Runs both paths once, the SDK first on every other call, and adds each one's time on {@code clock} to
   * its counter.
   */
  static void both(Nanos nanos, Blackhole blackhole, Supplier<?> sdk, Supplier<?> fabric8Generic,
      LongSupplier clock) {
    nanos.sdkFirst = !nanos.sdkFirst;
    Supplier<?> first = nanos.sdkFirst ? sdk : fabric8Generic;
    Supplier<?> second = nanos.sdkFirst ? fabric8Generic : sdk;
    long start = clock.getAsLong();
    blackhole.consume(first.get());
    long middle = clock.getAsLong();
    blackhole.consume(second.get());
    long end = clock.getAsLong();
    nanos.sdkNanos += nanos.sdkFirst ? middle - start : end - middle;
    nanos.fabric8GenericNanos += nanos.sdkFirst ? end - middle : middle - start;
    nanos.calls++;
  }
}
