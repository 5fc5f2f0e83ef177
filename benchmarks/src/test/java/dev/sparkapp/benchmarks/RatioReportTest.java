package dev.sparkapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Three rounds whose ratios are 2.0, 2.5 and 1.5: the ratio of the medians would be 100 / 60 = 1.67. */
  private void threeRounds() throws IOException {
    write("round-1-fabric8Generic.json", buildAndWrite("fabric8Generic", "SPARK_PI", 100));
    write("round-1-sdk.json", buildAndWrite("sdk", "SPARK_PI", 50));
    write("round-2-sdk.json", buildAndWrite("sdk", "SPARK_PI", 80));
    write("round-2-fabric8Generic.json", buildAndWrite("fabric8Generic", "SPARK_PI", 200));
    write("round-3-fabric8Generic.json", buildAndWrite("fabric8Generic", "SPARK_PI", 90));
    write("round-3-sdk.json", buildAndWrite("sdk", "SPARK_PI", 60));
  }

  @Test
  void aRoundsRatioComparesOnlyScoresOfThatRoundAndTheReportGivesTheirMedianAndRange() throws Exception {
    threeRounds();

    List<String> lines = RatioReport.Run.read(run).report();

    assertThat(lines).containsSubsequence("BuildAndWriteBenchmark shape=SPARK_PI",
        "  fabric8Generic   median      100.0 us/op [     90.0 -     200.0]",
        "  sdk              median       60.0 us/op [     50.0 -      80.0]",
        "  ratio            2.00x [1.50 - 2.50]   rounds: 2.00 2.50 1.50");
    assertThat(lines.get(0)).startsWith("Paired rounds: 3.").contains("75 % confidence");
  }

  @Test
  void aTargetIsMetOnlyWhenTheLowestRoundReachesItAndMissedOnlyWhenTheHighestDoesNot() {
    assertThat(RatioReport.verdict(new RatioReport.RoundRatios(List.of(2.1, 2.4, 2.0)), 2.0, "build + write x"))
        .isEqualTo("  MET     build + write x: 2.10x [2.00 - 2.40] fabric8 generic (target >= 2.0x)");
    assertThat(RatioReport.verdict(new RatioReport.RoundRatios(List.of(1.9, 1.2, 1.5)), 2.0, "y"))
        .startsWith("  MISSED  y: 1.50x [1.20 - 1.90]");
    assertThat(RatioReport.verdict(new RatioReport.RoundRatios(List.of(1.9, 2.1, 1.95)), 2.0, "z"))
        .startsWith("  UNSURE  z: 1.95x [1.90 - 2.10]");
  }

  @Test
  void theRangeOfFiveRoundsHoldsTheMedianWithNinetyFourPercentConfidence() {
    // P(all five on one side of the median) = 2 / 32.
    assertThat(RatioReport.confidence(5)).isEqualTo(0.9375);
    assertThat(RatioReport.confidence(1)).isZero();
  }

  @Test
  void theTargetsCoverBothBuildAndWriteShapesAndTheOneDocumentReadsButNotTheFloors() throws Exception {
    String read = "{\"documents\":\"1\",\"shape\":\"LARGE\"}";
    write("round-1-a.json", buildAndWrite("fabric8Generic", "LARGE", 300), buildAndWrite("jacksonMaps", "LARGE", 10),
        result("ReadAndValidateBenchmark.fabric8Generic", read, 2, 0.1, "ms/op"));
    write("round-1-b.json", buildAndWrite("sdk", "LARGE", 100),
        result("ReadAndValidateBenchmark.sdk", read, 1000, 10, "us/op"));

    List<String> lines = RatioReport.Run.read(run).report();

    assertThat(lines).contains("  MET     build + write shape=LARGE: 3.00x [3.00 - 3.00] fabric8 generic (target >= 2.0x)",
        "  MET     read + validate documents=1 shape=LARGE: 2.00x [2.00 - 2.00] fabric8 generic (target >= 1.5x)");
    assertThat(lines).noneMatch(l -> l.contains("jacksonMaps"));
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
    threeRounds();
    RatioReport.RunRatios written = RatioReport.Run.read(run).ratios();
    Path file = run.resolve(RatioReport.RATIOS_FILE);
    Files.write(file, written.lines());

    RatioReport.RunRatios read = RatioReport.RunRatios.read(file);

    assertThat(read.cases()).containsOnlyKeys("BuildAndWriteBenchmark shape=SPARK_PI");
    assertThat(read.cases().get("BuildAndWriteBenchmark shape=SPARK_PI").values()).containsExactly(2.0, 2.5, 1.5);
  }

  @Test
  void twoRunsAgreeWhenEveryCasesMediansAreWithinTenPercentOfTheirMean() {
    RatioReport.RunRatios first = new RatioReport.RunRatios(Map.of("a", new RatioReport.RoundRatios(List.of(2.0))));
    RatioReport.RunRatios close = new RatioReport.RunRatios(Map.of("a", new RatioReport.RoundRatios(List.of(2.1))));
    RatioReport.RunRatios far = new RatioReport.RunRatios(Map.of("a", new RatioReport.RoundRatios(List.of(2.5))));

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
        .hasMessageContaining(run.toString()).hasMessageContaining("round-K-*.json");
  }
}
