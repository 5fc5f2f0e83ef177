package dev.sparkapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatioReportTest {
  @TempDir
  Path run;

  private static String result(String benchmark, String params, double score, double error, String unit) {
    return "{\"benchmark\":\"dev.sparkapp.benchmarks." + benchmark + "\",\"params\":" + params
        + ",\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error + ",\"scoreUnit\":\"" + unit + "\"}}";
  }

  private static String buildAndWrite(String method, String shape, double micros) {
    return result("BuildAndWriteBenchmark." + method, "{\"shape\":\"" + shape + "\"}", micros, 1, "us/op");
  }

  private void write(String file, String... results) throws IOException {
    Files.writeString(run.resolve(file), "[" + String.join(",", results) + "]");
  }

  /** Each fork's counters summed over its iterations: {@code [fork][iteration]} as JMH writes rawData. */
  private static String interleaved(String method, String params, double[][] sdkNanos, double[][] baselineNanos,
      double[][] calls) {
    return interleaved(method, params, counter("sdkNanos", sdkNanos) + "," + counter("sdkCalls", calls) + ","
        + counter("fabric8GenericNanos", baselineNanos) + "," + counter("fabric8GenericCalls", calls));
  }

  private static String interleaved(String method, String params, String counters) {
    return "{\"benchmark\":\"dev.sparkapp.benchmarks.InterleavedBenchmark." + method + "\",\"params\":" + params
        + ",\"primaryMetric\":{\"score\":1,\"scoreError\":0,\"scoreUnit\":\"us/op\"},\"secondaryMetrics\":{"
        + counters + "}}";
  }

  private static String counter(String name, double[][] forks) {
    List<String> rows = new ArrayList<>();
    for (double[] fork : forks) {
      rows.add(Arrays.toString(fork));
    }
    return "\"" + name + "\":{\"score\":0,\"scoreUnit\":\"#\",\"rawData\":[" + String.join(",", rows) + "]}";
  }

  /**
   * Three forks of build + write on SPARK_PI, two iterations each. The SDK took 50, 80 and 60 µs per call,
   * the baseline 100, 200 and 90: the forks' ratios are 2.0, 2.5 and 1.5, where the ratio of the medians
   * would be 100 / 60 = 1.67. The third fork's iterations differ in length and speed: the mean of its
   * iterations' times would give the SDK 50 µs and that fork 1.8.
   */
  private void threeForks() throws IOException {
    write(RatioReport.INTERLEAVED_FILE, interleaved("buildAndWrite", "{\"shape\":\"SPARK_PI\"}",
        new double[][] {{100e6, 100e6}, {80e6, 80e6}, {30e6, 210e6}},
        new double[][] {{200e6, 200e6}, {200e6, 200e6}, {90e6, 270e6}},
        new double[][] {{2_000, 2_000}, {1_000, 1_000}, {1_000, 3_000}}));
  }

  @Test
  void aForksRatioComparesOnlyTimesOfThatForkAndTheReportGivesTheirMedianAndRange() throws Exception {
    threeForks();

    List<String> lines = RatioReport.Run.read(run).report();

    assertThat(lines).containsSubsequence("BuildAndWriteBenchmark shape=SPARK_PI",
        "  fabric8Generic   median      100.0 us/op [     90.0 -     200.0]",
        "  sdk              median       60.0 us/op [     50.0 -      80.0]",
        "  ratio            2.00x [1.50 - 2.50]   forks: 2.00 2.50 1.50");
    assertThat(lines.get(0)).startsWith("Interleaved forks: 3.").contains("75 % confidence");
  }

  @Test
  void theFloorsRatioIsTheMostTheSdkCouldReachAndTheTargetLineSaysWhetherItIsWithinReach() throws Exception {
    String large = "{\"shape\":\"LARGE\"}";
    double[][] calls = {{1e3}, {1e3}};
    String counters = counter("sdkNanos", new double[][] {{150e6}, {160e6}}) + "," + counter("sdkCalls", calls) + ","
        + counter("fabric8GenericNanos", new double[][] {{600e6}, {640e6}}) + ","
        + counter("fabric8GenericCalls", new double[][] {{2e3}, {2e3}}) + ","
        + counter("floorNanos", new double[][] {{120e6}, {50e6}}) + ","
        + counter("floorCalls", new double[][] {{1e3}, {0.5e3}});
    write(RatioReport.INTERLEAVED_FILE, interleaved("buildAndWrite", large, counters),
        interleaved("readAndValidate", large, counters));

    List<String> lines = RatioReport.Run.read(run).report();

    assertThat(lines).containsSubsequence("BuildAndWriteBenchmark shape=LARGE",
        "  floor            median      110.0 us/op [    100.0 -     120.0]",
        "  ratio            2.00x [2.00 - 2.00]   forks: 2.00 2.00",
        "  floor's ratio    2.85x [2.50 - 3.20]   forks: 2.50 3.20");
    assertThat(lines).containsSubsequence(
        "  MET     build + write shape=LARGE: 2.00x [2.00 - 2.00] fabric8 generic (target >= 2.0x)",
        "          within reach: the floor alone reaches 2.85x [2.50 - 3.20]");
    assertThat(RatioReport.Run.read(run).ratios().cases()).containsOnlyKeys("BuildAndWriteBenchmark shape=LARGE",
        "ReadAndValidateBenchmark documents=1 shape=LARGE");
  }

  @Test
  void aTargetTheFloorCannotReachIsMarkedOutOfReach() throws Exception {
    double[][] calls = {{1e3}};
    String counters = counter("sdkNanos", new double[][] {{100e6}}) + "," + counter("sdkCalls", calls) + ","
        + counter("fabric8GenericNanos", new double[][] {{110e6}}) + "," + counter("fabric8GenericCalls", calls) + ","
        + counter("floorNanos", new double[][] {{80e6}}) + "," + counter("floorCalls", calls);
    write(RatioReport.INTERLEAVED_FILE, interleaved("readAndValidate", "{\"shape\":\"SPARK_PI\"}", counters));

    assertThat(RatioReport.Run.read(run).report()).containsSubsequence(
        "  MISSED  read + validate documents=1 shape=SPARK_PI: 1.10x [1.10 - 1.10] fabric8 generic (target >= 1.5x)",
        "          out of reach: the floor alone reaches 1.38x [1.38 - 1.38]");
  }

  @Test
  void aTargetIsMetOnlyWhenTheLowestForkReachesItAndMissedOnlyWhenTheHighestDoesNot() {
    assertThat(RatioReport.verdict(new RatioReport.ForkRatios(List.of(2.1, 2.4, 2.0)), 2.0, "build + write x"))
        .isEqualTo("  MET     build + write x: 2.10x [2.00 - 2.40] fabric8 generic (target >= 2.0x)");
    assertThat(RatioReport.verdict(new RatioReport.ForkRatios(List.of(1.9, 1.2, 1.5)), 2.0, "y"))
        .startsWith("  MISSED  y: 1.50x [1.20 - 1.90]");
    assertThat(RatioReport.verdict(new RatioReport.ForkRatios(List.of(1.9, 2.1, 1.95)), 2.0, "z"))
        .startsWith("  UNSURE  z: 1.95x [1.90 - 2.10]");
  }

  @Test
  void theRangeOfFiveForksHoldsTheMedianWithNinetyFourPercentConfidence() {
    // P(all five on one side of the median) = 2 / 32.
    assertThat(RatioReport.confidence(5)).isEqualTo(0.9375);
    assertThat(RatioReport.confidence(1)).isZero();
  }

  @Test
  void theTargetsCoverBothBuildAndWriteShapesAndTheOneDocumentReadsButNotTheFloors() throws Exception {
    String large = "{\"shape\":\"LARGE\"}";
    write(RatioReport.INTERLEAVED_FILE,
        interleaved("buildAndWrite", large, new double[][] {{100_000}}, new double[][] {{300_000}},
            new double[][] {{1_000}}),
        interleaved("readAndValidate", large, new double[][] {{1_000_000}}, new double[][] {{2_000_000}},
            new double[][] {{1_000}}));
    write("once-1.json", buildAndWrite("jacksonMaps", "LARGE", 10));

    List<String> lines = RatioReport.Run.read(run).report();

    assertThat(lines).contains("  MET     build + write shape=LARGE: 3.00x [3.00 - 3.00] fabric8 generic (target >= 2.0x)",
        "  MET     read + validate documents=1 shape=LARGE: 2.00x [2.00 - 2.00] fabric8 generic (target >= 1.5x)");
    assertThat(lines.subList(lines.indexOf("Targets"), lines.size())).hasSize(3)
        .noneMatch(l -> l.contains("jacksonMaps"));
  }

  @Test
  void singleForksAreReportedWithJmhsErrorTheStreamTargetAndTheBuildAndWriteFloor() throws Exception {
    String steps = "{\"shape\":\"SPARK_PI\"}";
    write("once-1.json", result("BuildAndWriteStepsBenchmark.sdkFabric8Parts", steps, 40, 2, "us/op"),
        result("BuildAndWriteStepsBenchmark.sdkWrite", steps, 20, 1, "us/op"),
        result("BuildAndWriteStepsBenchmark.fabric8GenericBuild", steps, 10, 1, "us/op"),
        result("BuildAndWriteStepsBenchmark.fabric8GenericWrite", steps, 110, 5, "us/op"));
    write("once-1000.json", result("ReadAndValidateBenchmark.sdk", "{\"documents\":\"1000\",\"shape\":\"LARGE\"}",
        1.5, 0.1, "s/op"));

    List<String> lines = RatioReport.Run.read(run).report();

    assertThat(lines).contains("  sdkFabric8Parts              40.0 ±       2.0 us/op",
        "  SDK floor: fabric8 parts + sdkWrite = 60.0 us/op; fabric8GenericBuild + fabric8GenericWrite = 120.0 us/op: "
            + "at most 2.00x",
        "  MISSED  read + validate documents=1000 shape=LARGE: 1500 ms (target <= 1000 ms)");
  }

  @Test
  void theRatiosFileReadsBackAsWritten() throws Exception {
    threeForks();
    RatioReport.RunRatios written = RatioReport.Run.read(run).ratios();
    Path file = run.resolve(RatioReport.RATIOS_FILE);
    Files.write(file, written.lines());

    RatioReport.RunRatios read = RatioReport.RunRatios.read(file);

    assertThat(read.cases()).containsOnlyKeys("BuildAndWriteBenchmark shape=SPARK_PI");
    assertThat(read.cases().get("BuildAndWriteBenchmark shape=SPARK_PI").values()).containsExactly(2.0, 2.5, 1.5);
  }

  @Test
  void twoRunsAgreeWhenEveryCasesMediansAreWithinTenPercentOfTheirMean() {
    RatioReport.RunRatios first = new RatioReport.RunRatios(Map.of("a", new RatioReport.ForkRatios(List.of(2.0))));
    RatioReport.RunRatios close = new RatioReport.RunRatios(Map.of("a", new RatioReport.ForkRatios(List.of(2.1))));
    RatioReport.RunRatios far = new RatioReport.RunRatios(Map.of("a", new RatioReport.ForkRatios(List.of(2.5))));

    RatioReport.Comparison agreeing = RatioReport.compare(first, close);
    RatioReport.Comparison differing = RatioReport.compare(first, far);

    assertThat(agreeing.agree()).isTrue();
    assertThat(agreeing.lines()).contains("  AGREE   a: 2.00x and 2.10x, 4.9 % apart");
    assertThat(differing.agree()).isFalse();
    assertThat(differing.lines()).contains("  DIFFER  a: 2.00x and 2.50x, 22.2 % apart", "The two runs do not agree.");
  }

  @Test
  void aDirectoryWithoutResultsIsRefusedByName() {
    assertThatThrownBy(() -> RatioReport.Run.read(run)).isInstanceOf(IOException.class)
        .hasMessageContaining(run.toString()).hasMessageContaining("interleaved.json");
  }

  @Test
  void anInterleavedResultWithoutItsCountersIsRefusedNamingTheCounter() throws Exception {
    write(RatioReport.INTERLEAVED_FILE, interleaved("buildAndWrite", "{}",
        counter("fabric8GenericNanos", new double[][] {{1e6}}) + "," + counter("fabric8GenericCalls", new double[][] {{1e3}})
            + "," + counter("sdkCalls", new double[][] {{1e3}})));

    assertThatThrownBy(() -> RatioReport.Run.read(run)).isInstanceOf(IOException.class)
        .hasMessageContaining(RatioReport.INTERLEAVED_FILE).hasMessageContaining("sdkNanos");
  }
}
