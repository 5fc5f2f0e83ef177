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
 * {@value #BASELINE}, followed by the targets checked against the figures.
 *
 * <pre>{@code java -cp benchmarks.jar dev.sparkapp.benchmarks.RatioReport target/jmh-result.json}</pre>
 */
public final class RatioReport {
  /** The benchmark method every other path is compared with. */
  public static final String BASELINE = "fabric8Generic";

  /** Build + write must be at least this many times faster than the baseline. */
  static final double BUILD_WRITE_TARGET_SPEEDUP = 2.0;

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

  /** One measured score: benchmark class, method, parameters, average time per operation in µs. */
  record Score(String benchmarkClass, String method, String params, double micros) {}

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
      double baseline = baselineOf(group.getValue());
      for (Score score : group.getValue()) {
        lines.add(String.format(Locale.ROOT, "  %-16s %12.1f us/op  %6.2fx", score.method(), score.micros(),
            baseline / score.micros()));
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
      double baseline = baselineOf(group);
      for (Score score : group) {
        if (!score.method().equals("sdk")) {
          continue;
        }
        if (first.benchmarkClass().equals("BuildAndWriteBenchmark")) {
          double speedup = baseline / score.micros();
          lines.add(verdict(speedup >= BUILD_WRITE_TARGET_SPEEDUP, String.format(Locale.ROOT,
              "build + write %s: %.2fx fabric8 generic (target >= %.1fx)", score.params(), speedup,
              BUILD_WRITE_TARGET_SPEEDUP)));
        } else if (score.params().contains("documents=1000")) {
          lines.add(verdict(score.micros() <= READ_1000_TARGET_MICROS, String.format(Locale.ROOT,
              "read + validate %s: %.0f ms (target <= %.0f ms)", score.params(), score.micros() / 1000,
              READ_1000_TARGET_MICROS / 1000)));
        }
      }
    }
    return lines;
  }

  private static double baselineOf(List<Score> group) {
    return group.stream().filter(s -> s.method().equals(BASELINE))
        .mapToDouble(Score::micros).findFirst().orElse(Double.NaN);
  }

  private static String verdict(boolean met, String line) {
    return (met ? "  MET     " : "  MISSED  ") + line;
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
    return new Score(benchmarkClass, method, String.join(" ", params),
        toMicros(metric.path("score").asDouble(), metric.path("scoreUnit").asText()));
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
