package dev.sparkapp.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the JMH JSON results of one {@code run.sh} into ratios against the fabric8 generic baseline, and
 * compares two runs.
 *
 * <p>A run is a directory. Its {@value #INTERLEAVED_FILE} holds {@link InterleavedBenchmark}'s forks: in
 * each fork the SDK, {@value #BASELINE} and the SDK's floor ran in turn, in blocks of 20 ms, and each
 * path's time and calls were added to its own counters. A fork's ratio is the baseline's time per call over
 * the SDK's <em>in that fork</em>, so that what the machine did meanwhile (other work, a slower minute)
 * moves both alike. The report gives the median of the forks' ratios and, as its error, the lowest and
 * highest fork: for {@code n} forks that range holds the true median with confidence {@code 1 - 2 / 2^n}
 * (94 % for 5 forks), without assuming any distribution. A target is MET when the lowest fork reaches it,
 * MISSED when the highest does not, and UNSURE otherwise. The directory's {@code once-*.json} files, if any, hold
 * single-fork results (floors, the 1,000-document streams, build and write apart), reported with JMH's
 * own error.
 *
 * <pre>{@code
 * java -cp benchmarks.jar dev.sparkapp.benchmarks.RatioReport RUN_DIR            # report, writes RUN_DIR/ratios.tsv
 * java -cp benchmarks.jar dev.sparkapp.benchmarks.RatioReport --compare OLD NEW  # do two runs agree?
 * }</pre>
 */
public final class RatioReport {
  /** The benchmark method every other path is compared with. */
  public static final String BASELINE = "fabric8Generic";

  /** The SDK's benchmark method. */
  static final String SDK = "sdk";

  /** Build + write must be at least this many times faster than the baseline. */
  static final double BUILD_WRITE_TARGET_SPEEDUP = 2.0;

  /** Reading and validating one document must be at least this many times faster than the baseline. */
  static final double READ_ONE_TARGET_SPEEDUP = 1.5;

  /** Reading and validating 1,000 documents must take at most this many microseconds. */
  static final double READ_1000_TARGET_MICROS = 1_000_000;

  /** Two runs agree when each case's median ratios differ by at most this fraction of their mean. */
  static final double AGREEMENT = 0.10;

  /** The machine-readable ratios of a run, read by {@code --compare}. */
  static final String RATIOS_FILE = "ratios.tsv";

  /** The JMH result file of {@link InterleavedBenchmark} in a run directory. */
  static final String INTERLEAVED_FILE = "interleaved.json";

  /** The case each {@link InterleavedBenchmark} method measures, named as its stand-alone benchmark. */
  private static final Map<String, String> INTERLEAVED_CASES = Map.of(
      "buildAndWrite", "BuildAndWriteBenchmark", "readAndValidate", "ReadAndValidateBenchmark documents=1");

  private static final Pattern ONCE_FILE = Pattern.compile("once(-.*)?\\.json");

  private RatioReport() {}

  /** Prints the report of the run directory given, or with {@code --compare OLD NEW} the comparison. */
  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("--compare")) {
      Comparison comparison = compare(RunRatios.read(Path.of(args[1], RATIOS_FILE)),
          RunRatios.read(Path.of(args[2], RATIOS_FILE)));
      comparison.lines().forEach(System.out::println);
      System.exit(comparison.agree() ? 0 : 1);
    }
    if (args.length != 1) {
      System.err.println("usage: RatioReport RUN_DIR | RatioReport --compare OLD_RUN_DIR NEW_RUN_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    Run run = Run.read(dir);
    run.report().forEach(System.out::println);
    Files.write(dir.resolve(RATIOS_FILE), run.ratios().lines());
  }

  /**
   * One measured score: benchmark class, method, parameters, average time per operation in µs and its
   * error (half the 99.9 % confidence interval, in µs; 0 when JMH gave none).
   */
  record Score(String benchmarkClass, String method, String params, double micros, double errorMicros) {
    /** The case this score belongs to: benchmark class and parameters. */
    String caseName() {
      return params.isEmpty() ? benchmarkClass : benchmarkClass + " " + params;
    }

    /** Reads one element of JMH's JSON result array. */
    static Score of(JsonNode result) {
      String benchmark = result.path("benchmark").asText();
      int lastDot = benchmark.lastIndexOf('.');
      String method = benchmark.substring(lastDot + 1);
      String owner = benchmark.substring(0, lastDot);
      String benchmarkClass = owner.substring(owner.lastIndexOf('.') + 1);
      List<String> params = new ArrayList<>();
      result.path("params").properties().forEach(e -> params.add(e.getKey() + "=" + e.getValue().asText()));
      JsonNode metric = result.path("primaryMetric");
      String unit = metric.path("scoreUnit").asText();
      JsonNode error = metric.path("scoreError");
      return new Score(benchmarkClass, method, String.join(" ", params),
          toMicros(metric.path("score").asDouble(), unit),
          error.isNumber() ? toMicros(error.asDouble(), unit) : 0);
    }
  }

  /** The forks' ratios of one case: their median and range. */
  record ForkRatios(List<Double> values) {
    ForkRatios {
      values = List.copyOf(values);
    }

    double median() {
      return RatioReport.median(values);
    }

    double low() {
      return min(values);
    }

    double high() {
      return max(values);
    }
  }

  /** Every case's median ratio and range in one run, as written to and read from {@value #RATIOS_FILE}. */
  record RunRatios(Map<String, ForkRatios> cases) {
    List<String> lines() {
      List<String> lines = new ArrayList<>();
      lines.add("# case\tmedian\tlow\thigh\tforks");
      cases.forEach((name, ratios) -> lines.add(String.format(Locale.ROOT, "%s\t%.4f\t%.4f\t%.4f\t%s", name,
          ratios.median(), ratios.low(), ratios.high(), joined(ratios.values(), ","))));
      return lines;
    }

    static RunRatios read(Path file) throws IOException {
      Map<String, ForkRatios> cases = new LinkedHashMap<>();
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != 5) {
          throw new IOException(file + ": expected 5 tab-separated fields, got: " + line);
        }
        cases.put(fields[0], new ForkRatios(Arrays.stream(fields[4].split(",")).map(Double::valueOf).toList()));
      }
      return new RunRatios(cases);
    }
  }

  /** What {@code --compare} found: its lines and whether every case agreed. */
  record Comparison(List<String> lines, boolean agree) {}

  /**
   * One case of {@link InterleavedBenchmark}: each fork's time per operation of the SDK, of the baseline
   * and of the SDK's floor, in µs, measured side by side ({@code floorMicros} is empty when the result
   * has no floor counters).
   */
  record Interleaved(String caseName, List<Double> sdkMicros, List<Double> baselineMicros, List<Double> floorMicros) {
    Interleaved {
      sdkMicros = List.copyOf(sdkMicros);
      baselineMicros = List.copyOf(baselineMicros);
      floorMicros = List.copyOf(floorMicros);
    }

    /** Each fork's ratio: the baseline's time over the SDK's. */
    ForkRatios ratios() {
      return ratios(sdkMicros);
    }

    /** Each fork's best possible ratio: the baseline's time over the floor's; empty without a floor. */
    ForkRatios floorRatios() {
      return ratios(floorMicros);
    }

    private ForkRatios ratios(List<Double> micros) {
      List<Double> ratios = new ArrayList<>();
      for (int fork = 0; fork < micros.size(); fork++) {
        ratios.add(baselineMicros.get(fork) / micros.get(fork));
      }
      return new ForkRatios(ratios);
    }

    /**
     * Reads one element of JMH's JSON result array: each path's {@code *Nanos} and {@code *Calls} counters
     * ({@code sdk}, {@code fabric8Generic}, {@code floor}), summed over each fork's measured iterations.
     */
    static Interleaved of(JsonNode result, Path file) throws IOException {
      Score score = Score.of(result);
      String benchmark = INTERLEAVED_CASES.get(score.method());
      if (benchmark == null) {
        throw new IOException(file + ": " + score.method() + " is not an InterleavedBenchmark method "
            + INTERLEAVED_CASES.keySet());
      }
      JsonNode counters = result.path("secondaryMetrics");
      List<Double> sdk = perCall(counters, SDK, file);
      List<Double> baseline = perCall(counters, BASELINE, file);
      List<Double> floor = counters.has("floorNanos") ? perCall(counters, "floor", file) : List.of();
      String caseName = score.params().isEmpty() ? benchmark : benchmark + " " + score.params();
      return new Interleaved(caseName, sdk, baseline, floor);
    }

    /** Each fork's {@code pathNanos} over its {@code pathCalls}, in µs per call. */
    private static List<Double> perCall(JsonNode counters, String path, Path file) throws IOException {
      List<Double> nanos = forkSums(counters, path + "Nanos", file);
      List<Double> calls = forkSums(counters, path + "Calls", file);
      if (nanos.size() != calls.size()) {
        throw new IOException(file + ": " + path + "Nanos holds " + nanos.size() + " forks, " + path + "Calls "
            + calls.size());
      }
      List<Double> micros = new ArrayList<>();
      for (int fork = 0; fork < calls.size(); fork++) {
        micros.add(nanos.get(fork) / calls.get(fork) / 1000);
      }
      return micros;
    }

    private static List<Double> forkSums(JsonNode counters, String name, Path file) throws IOException {
      JsonNode forks = counters.path(name).path("rawData");
      if (!forks.isArray() || forks.isEmpty()) {
        throw new IOException(file + ": no rawData of the counter " + name + "; was it written by JMH's -rf json?");
      }
      List<Double> sums = new ArrayList<>();
      for (JsonNode fork : forks) {
        double sum = 0;
        for (JsonNode iteration : fork) {
          sum += iteration.asDouble();
        }
        sums.add(sum);
      }
      return sums;
    }
  }

  /** A run: the interleaved cases, and the single-fork scores. */
  record Run(List<Interleaved> interleaved, List<Score> once) {
    /** Reads a run directory written by {@code run.sh}. */
    static Run read(Path dir) throws IOException {
      List<Interleaved> interleaved = new ArrayList<>();
      List<Score> once = new ArrayList<>();
      ObjectMapper json = new ObjectMapper();
      List<Path> files;
      try (Stream<Path> listing = Files.list(dir)) {
        files = listing.sorted().toList();
      }
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.equals(INTERLEAVED_FILE)) {
          for (JsonNode result : json.readTree(file.toFile())) {
            interleaved.add(Interleaved.of(result, file));
          }
        } else if (ONCE_FILE.matcher(name).matches()) {
          json.readTree(file.toFile()).forEach(r -> once.add(Score.of(r)));
        }
      }
      if (interleaved.isEmpty() && once.isEmpty()) {
        throw new IOException(dir + " holds no " + INTERLEAVED_FILE + " or once-*.json: is it a run.sh output directory?");
      }
      return new Run(interleaved, once);
    }

    /** Every interleaved case, in the order JMH wrote them, with its forks' ratios. */
    RunRatios ratios() {
      Map<String, ForkRatios> cases = new LinkedHashMap<>();
      interleaved.forEach(c -> cases.put(c.caseName(), c.ratios()));
      return new RunRatios(cases);
    }

    /** The report's lines. */
    List<String> report() {
      List<String> lines = new ArrayList<>();
      if (!interleaved.isEmpty()) {
        int forks = interleaved.get(0).sdkMicros().size();
        lines.add(String.format(Locale.ROOT, "Interleaved forks: %d. Ratio = %s time / %s time in the same fork, "
            + "the paths run in turn (2.00x = twice as fast as %s); floor's ratio = %s time / floor time, the "
            + "most the SDK could reach; median of the forks [lowest - highest fork], a range that holds the "
            + "true median with %.0f %% confidence.", forks, BASELINE, SDK, BASELINE, BASELINE,
            100 * confidence(forks)));
        for (Interleaved c : interleaved) {
          lines.add(c.caseName());
          lines.add(timeLine(BASELINE, c.baselineMicros()));
          lines.add(timeLine(SDK, c.sdkMicros()));
          if (!c.floorMicros().isEmpty()) {
            lines.add(timeLine("floor", c.floorMicros()));
          }
          lines.add(ratioLine("ratio", c.ratios()));
          if (!c.floorMicros().isEmpty()) {
            lines.add(ratioLine("floor's ratio", c.floorRatios()));
          }
        }
      }
      if (!once.isEmpty()) {
        lines.add("Single fork, JMH's 99.9 % error (floors, the 1,000-document streams, build and write apart):");
        Map<String, List<Score>> groups = new LinkedHashMap<>();
        once.forEach(s -> groups.computeIfAbsent(s.caseName(), k -> new ArrayList<>()).add(s));
        groups.forEach((name, scores) -> {
          lines.add(name);
          scores.forEach(s -> lines.add(String.format(Locale.ROOT, "  %-20s %12.1f ± %9.1f us/op", s.method(),
              s.micros(), s.errorMicros())));
          floorLine(scores).ifPresent(lines::add);
        });
      }
      lines.addAll(targets());
      return lines;
    }

    /**
     * For {@link BuildAndWriteStepsBenchmark}: the best build + write ratio the SDK path could have, when
     * its own builders cost nothing: the baseline's build + write over the user's fabric8 parts plus the
     * SDK's write.
     */
    private static Optional<String> floorLine(List<Score> scores) {
      Optional<Score> parts = find(scores, "sdkFabric8Parts");
      Optional<Score> sdkWrite = find(scores, "sdkWrite");
      Optional<Score> build = find(scores, "fabric8GenericBuild");
      Optional<Score> write = find(scores, "fabric8GenericWrite");
      if (parts.isEmpty() || sdkWrite.isEmpty() || build.isEmpty() || write.isEmpty()) {
        return Optional.empty();
      }
      double floor = parts.get().micros() + sdkWrite.get().micros();
      double baseline = build.get().micros() + write.get().micros();
      return Optional.of(String.format(Locale.ROOT, "  SDK floor: fabric8 parts + sdkWrite = %.1f us/op; "
          + "fabric8GenericBuild + fabric8GenericWrite = %.1f us/op: at most %.2fx", floor, baseline,
          baseline / floor));
    }

    private List<String> targets() {
      List<String> lines = new ArrayList<>();
      lines.add("Targets");
      for (Interleaved c : interleaved) {
        String name = c.caseName();
        String verdict;
        double target;
        if (name.startsWith("BuildAndWriteBenchmark ")) {
          target = BUILD_WRITE_TARGET_SPEEDUP;
          verdict = verdict(c.ratios(), target, "build + write " + params(name));
        } else if (name.startsWith("ReadAndValidateBenchmark ") && name.contains("documents=1 ")) {
          target = READ_ONE_TARGET_SPEEDUP;
          verdict = verdict(c.ratios(), target, "read + validate " + params(name));
        } else {
          continue;
        }
        lines.add(verdict);
        if (!c.floorMicros().isEmpty()) {
          ForkRatios floor = c.floorRatios();
          lines.add(String.format(Locale.ROOT, "          %s: the floor alone reaches %.2fx [%.2f - %.2f]",
              floor.high() < target ? "out of reach" : floor.low() >= target ? "within reach" : "at the edge",
              floor.median(), floor.low(), floor.high()));
        }
      }
      for (Score score : once) {
        if (score.method().equals(SDK) && score.params().contains("documents=1000")) {
          lines.add((score.micros() <= READ_1000_TARGET_MICROS ? "  MET     " : "  MISSED  ")
              + String.format(Locale.ROOT, "read + validate %s: %.0f ms (target <= %.0f ms)", score.params(),
              score.micros() / 1000, READ_1000_TARGET_MICROS / 1000));
        }
      }
      return lines;
    }

    private static String ratioLine(String what, ForkRatios ratios) {
      return String.format(Locale.ROOT, "  %-16s %.2fx [%.2f - %.2f]   forks: %s", what, ratios.median(), ratios.low(),
          ratios.high(), joined(ratios.values(), " "));
    }

    private static String timeLine(String method, List<Double> micros) {
      return String.format(Locale.ROOT, "  %-16s median %10.1f us/op [%9.1f - %9.1f]", method, median(micros),
          min(micros), max(micros));
    }
  }

  /** Compares two runs' ratios case by case; they agree when every shared case is within {@link #AGREEMENT}. */
  static Comparison compare(RunRatios older, RunRatios newer) {
    List<String> lines = new ArrayList<>();
    boolean agree = true;
    lines.add(String.format(Locale.ROOT, "Median ratios of two runs; they agree when they differ by at most "
        + "%.0f %% of their mean.", 100 * AGREEMENT));
    for (Map.Entry<String, ForkRatios> entry : newer.cases().entrySet()) {
      ForkRatios old = older.cases().get(entry.getKey());
      if (old == null) {
        lines.add("  " + entry.getKey() + ": only in the newer run");
        agree = false;
        continue;
      }
      double a = old.median();
      double b = entry.getValue().median();
      double difference = Math.abs(a - b) / ((a + b) / 2);
      boolean close = difference <= AGREEMENT;
      agree &= close;
      lines.add(String.format(Locale.ROOT, "  %-7s %s: %.2fx and %.2fx, %.1f %% apart", close ? "AGREE" : "DIFFER",
          entry.getKey(), a, b, 100 * difference));
    }
    lines.add(agree ? "The two runs agree." : "The two runs do not agree.");
    return new Comparison(lines, agree);
  }

  /**
   * MET when the lowest fork reaches {@code target}, MISSED when even the highest does not, UNSURE when
   * the forks' range holds the target: the run cannot decide (rerun with more forks or on a quieter
   * machine).
   */
  static String verdict(ForkRatios ratios, double target, String what) {
    String verdict = ratios.low() >= target ? "  MET     " : ratios.high() < target ? "  MISSED  " : "  UNSURE  ";
    return verdict + String.format(Locale.ROOT, "%s: %.2fx [%.2f - %.2f] fabric8 generic (target >= %.1fx)", what,
        ratios.median(), ratios.low(), ratios.high(), target);
  }

  /** The confidence with which the range of {@code n} samples holds their distribution's median. */
  static double confidence(int n) {
    return 1 - 2 / Math.pow(2, n);
  }

  private static String params(String caseName) {
    return caseName.substring(caseName.indexOf(' ') + 1);
  }

  private static Optional<Score> find(List<Score> scores, String method) {
    return scores.stream().filter(s -> s.method().equals(method)).findFirst();
  }

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  private static String joined(List<Double> values, String separator) {
    return String.join(separator, values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList());
  }

  private static double toMicros(double value, String unit) {
    switch (unit) {
      case "ns/op":
        return value / 1000;
      case "us/op":
        return value;
      case "ms/op":
        return value * 1000;
      case "s/op":
        return value * 1_000_000;
      default:
        throw new IllegalArgumentException("RatioReport needs average-time results, got unit " + unit);
    }
  }
}
