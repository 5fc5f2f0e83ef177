package dev.sparkapp.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Bytes allocated per operation by the SDK and by the fabric8 generic baseline on the same manifests,
 * measured in this JVM on this thread ({@code com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes})
 * after a warm-up. Unlike wall time, these figures do not move with the machine's load, so the
 * {@code AllocationGuardTest} can hold the SDK's ratio to fabric8's under a limit in every build.
 *
 * <p>Run with {@code -XX:-DoEscapeAnalysis} (as the benchmarks module's tests are): the JIT's escape
 * analysis removes some allocations once a method is compiled, and when it does varies from run to run
 * (fabric8's figure moved by 9 % with it); without it the figures are the same, to within a few bytes, in every run
 * and after any warm-up, so a limit can sit close to them.
 *
 * <pre>{@code java -XX:-DoEscapeAnalysis -cp benchmarks.jar dev.sparkapp.benchmarks.AllocationProfile}</pre>
 */
public final class AllocationProfile {
  /** Operations run before measuring, so that the JIT has compiled (and escape-analysed) the hot paths. */
  static final int WARM_UP_OPERATIONS = Integer.getInteger("allocation.warmUp", 200);

  /** Operations per measured round; the figure is the smallest round's mean (JIT work inflates a round). */
  static final int OPERATIONS_PER_ROUND = Integer.getInteger("allocation.perRound", 50);

  /** Measured rounds. */
  static final int ROUNDS = 3;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private AllocationProfile() {}

  /** One operation measured for one path: bytes allocated per operation. */
  record Figure(String operation, ManifestShape shape, String path, long bytesPerOperation) {}

  /** The SDK's and the baseline's figure for one operation and shape, and their ratio (SDK / baseline). */
  record Comparison(Figure sdk, Figure fabric8Generic) {
    /** SDK bytes per operation over fabric8 generic's: 0.5 means the SDK allocates half as much. */
    double ratio() {
      return (double) sdk.bytesPerOperation() / fabric8Generic.bytesPerOperation();
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-16s %-9s sdk %,10d B/op  fabric8Generic %,10d B/op  sdk/fabric8 %.3f",
          sdk.operation(), sdk.shape(), sdk.bytesPerOperation(), fabric8Generic.bytesPerOperation(), ratio());
    }
  }

  /** The build + write comparison for {@code shape}: {@link BuildAndWriteBenchmark}'s sdk and baseline. */
  static Comparison buildAndWrite(ManifestShape shape) {
    BuildAndWriteBenchmark benchmark = new BuildAndWriteBenchmark();
    benchmark.shape = shape;
    return new Comparison(
        new Figure("build + write", shape, "sdk", bytesPerOperation(benchmark::sdk)),
        new Figure("build + write", shape, RatioReport.BASELINE, bytesPerOperation(benchmark::fabric8Generic)));
  }

  /** The read + validate comparison of one document of {@code shape}: {@link ReadAndValidateBenchmark}'s. */
  static Comparison readAndValidate(ManifestShape shape) {
    ReadAndValidateBenchmark benchmark = new ReadAndValidateBenchmark();
    benchmark.shape = shape;
    benchmark.documents = 1;
    benchmark.renderInput();
    return new Comparison(
        new Figure("read + validate", shape, "sdk", bytesPerOperation(benchmark::sdk)),
        new Figure("read + validate", shape, RatioReport.BASELINE, bytesPerOperation(benchmark::fabric8Generic)));
  }

  /** Every comparison, for both shapes. */
  static List<Comparison> all() {
    List<Comparison> comparisons = new ArrayList<>();
    for (ManifestShape shape : ManifestShape.values()) {
      comparisons.add(buildAndWrite(shape));
      comparisons.add(readAndValidate(shape));
    }
    return comparisons;
  }

  /**
   * Runs {@code operation} {@link #WARM_UP_OPERATIONS} times, then {@link #ROUNDS} rounds of
   * {@link #OPERATIONS_PER_ROUND}, and returns the smallest round's bytes allocated per operation on this
   * thread. Every result is kept reachable until the round ends, so no operation can be optimised away.
   */
  static long bytesPerOperation(Supplier<?> operation) {
    if (!THREADS.isThreadAllocatedMemorySupported()) {
      throw new IllegalStateException("this JVM cannot count the bytes a thread allocates");
    }
    THREADS.setThreadAllocatedMemoryEnabled(true);
    Object[] sink = new Object[OPERATIONS_PER_ROUND];
    for (int i = 0; i < WARM_UP_OPERATIONS; i++) {
      sink[i % sink.length] = operation.get();
    }
    long best = Long.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      long before = THREADS.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < sink.length; i++) {
        sink[i] = operation.get();
      }
      long after = THREADS.getCurrentThreadAllocatedBytes();
      best = Math.min(best, (after - before) / sink.length);
    }
    return best;
  }

  /** Prints every comparison. */
  public static void main(String[] args) {
    System.out.println("bytes allocated per operation (one thread, after " + WARM_UP_OPERATIONS + " warm-up operations)");
    all().forEach(c -> System.out.println("  " + c));
  }
}
