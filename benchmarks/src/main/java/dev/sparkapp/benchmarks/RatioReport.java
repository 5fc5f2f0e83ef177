package dev.sparkapp.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH JSON result file into ratios against the fabric8 generic baseline of the same run: for
 * every benchmark class and parameter set, how many times faster each path is than
 * {@value #BASELINE}, with its error, followed by the targets checked against the figures. Each
 * score's error is JMH's half-width of the 99.9 % confidence interval; a ratio's error is propagated from
 * both scores' relative errors (root of the sum of squares), so a ratio of 1.65x ± 0.30 says the run
 * cannot tell 1.4x from 1.9x.
 *
 * <pre>{@code java -cp benchmarks.jar dev.sparkapp.benchmarks.RatioReport target/jmh-result.json}</pre>
 */
public final class RatioReport {
  /** The benchmark method every other path is compared with. */
  public static final String BASELINE = "fabric8Generic";

  /** Build + write must be at least this many times faster than the baseline. */
  static final double BUILD_WRITE_TARGET_SPEEDUP = 2.0;

  /** Reading and validating one document must be at least this many times faster than the baseline. */
  static final double READ_ONE_TARGET_SPEEDUP = 1.5;

  /** Reading and validating 1,000 documents must take at most this many microseconds. */
  static final double READ_1000_TARGET_MICROS = 1_000_000;

  private RatioReport() {}

  /** Prints the ratios of the JMH JSON result file given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: RatioReport JMH_RESULT.json");
      System.exit(2);
    }
    report(new ObjectMapper().readTree(Path.of(args[0]).toFile())).forEach(System.out::println);
  }

  /**
   * One measured score: benchmark class, method, parameters, average time per operation in µs and its
   * error (half the 99.9 % confidence interval, in µs; 0 when JMH gave none).
   */
  record Score(String benchmarkClass, String method, String params, double micros, double errorMicros) {
    /** The error relative to the score. */
    double relativeError() {
      return Double.isNaN(errorMicros) ? 0 : errorMicros / micros;
    }
  }

  /** {@code baseline} time over {@code score}'s, with its propagated error. */
  record Ratio(double value, double error) {
    static Ratio of(Score baseline, Score score) {
      double value = baseline.micros() / score.micros();
      return new Ratio(value, value * Math.hypot(baseline.relativeError(), score.relativeError()));
    }
  }

  /** Returns the report's lines for JMH's JSON results (an array of benchmark results). */
  static List<String> report(JsonNode results) {
    Map<String, List<Score>> groups = new LinkedHashMap<>();
    for (JsonNode result : results) {
      Score score = score(result);
      groups.computeIfAbsent(score.benchmarkClass() + " " + score.params(), k -> new ArrayList<>()).add(score);
    }
    List<String> lines = new ArrayList<>();
    lines.add("Ratios are baseline time / path time: 2.00x means twice as fast as " + BASELINE + ".");
    for (Map.Entry<String, List<Score>> group : groups.entrySet()) {
      lines.add(group.getKey());
      Score baseline = baselineOf(group.getValue());
      for (Score score : group.getValue()) {
        Ratio ratio = Ratio.of(baseline, score);
        lines.add(String.format(Locale.ROOT, "  %-16s %12.1f ± %9.1f us/op  %6.2fx ± %.2f", score.method(),
            score.micros(), score.errorMicros(), ratio.value(), ratio.error()));
      }
    }
    lines.addAll(targets(groups));
    return lines;
  }

  private static List<String> targets(Map<String, List<Score>> groups) {
    List<String> lines = new ArrayList<>();
    lines.add("Targets");
    for (List<Score> group : groups.values()) {
      Score first = group.get(0);
      Score baseline = baselineOf(group);
      for (Score score : group) {
        if (!score.method().equals("sdk")) {
          continue;
        }
        Ratio speedup = Ratio.of(baseline, score);
        if (first.benchmarkClass().equals("BuildAndWriteBenchmark")) {
          lines.add(verdict(speedup, BUILD_WRITE_TARGET_SPEEDUP, String.format(Locale.ROOT,
              "build + write %s: %.2fx ± %.2f fabric8 generic (target >= %.1fx)", score.params(), speedup.value(),
              speedup.error(), BUILD_WRITE_TARGET_SPEEDUP)));
        } else if (score.params().contains("documents=1 ")) {
          lines.add(verdict(speedup, READ_ONE_TARGET_SPEEDUP, String.format(Locale.ROOT,
              "read + validate %s: %.2fx ± %.2f fabric8 generic (target >= %.1fx)", score.params(),
              speedup.value(), speedup.error(), READ_ONE_TARGET_SPEEDUP)));
        } else if (score.params().contains("documents=1000")) {
          lines.add(verdict(score.micros() <= READ_1000_TARGET_MICROS, String.format(Locale.ROOT,
              "read + validate %s: %.0f ms (target <= %.0f ms)", score.params(), score.micros() / 1000,
              READ_1000_TARGET_MICROS / 1000)));
        }
      }
    }
    return lines;
  }

  private static Score baselineOf(List<Score> group) {
    return group.stream().filter(s -> s.method().equals(BASELINE)).findFirst()
        .orElse(new Score("", BASELINE, "", Double.NaN, Double.NaN));
  }

  private static String verdict(boolean met, String line) {
    return (met ? "  MET     " : "  MISSED  ") + line;
  }

  /**
   * MET or MISSED when the ratio's whole error interval is on one side of {@code target}; UNSURE when the
   * interval holds the target, which says the run cannot decide (rerun on a quieter machine).
   */
  private static String verdict(Ratio ratio, double target, String line) {
    if (ratio.value() - ratio.error() >= target) {
      return "  MET     " + line;
    }
    return (ratio.value() + ratio.error() < target ? "  MISSED  " : "  UNSURE  ") + line;
  }

  private static Score score(JsonNode result) {
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
