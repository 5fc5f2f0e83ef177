package dev.sparkapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatioReportTest {
  private static JsonNode result(String benchmark, String params, double score, String unit) throws Exception {
    return result(benchmark, params, score, 0, unit);
  }

  private static JsonNode result(String benchmark, String params, double score, double error, String unit)
      throws Exception {
    return new ObjectMapper().readTree("{\"benchmark\":\"dev.sparkapp.benchmarks." + benchmark + "\","
        + "\"params\":" + params + ",\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":" + error
        + ",\"scoreUnit\":\"" + unit + "\"}}");
  }

  @Test
  void comparesEachPathWithTheBaselineOfItsOwnGroupAndChecksTheTargets() throws Exception {
    JsonNode results = new ObjectMapper().createArrayNode()
        .add(result("BuildAndWriteBenchmark.sdk", "{\"shape\":\"LARGE\"}", 50, "us/op"))
        .add(result("BuildAndWriteBenchmark.fabric8Generic", "{\"shape\":\"LARGE\"}", 150, "us/op"))
        .add(result("BuildAndWriteBenchmark.sdk", "{\"shape\":\"SPARK_PI\"}", 20, "us/op"))
        .add(result("BuildAndWriteBenchmark.fabric8Generic", "{\"shape\":\"SPARK_PI\"}", 30, "us/op"))
        .add(result("ReadAndValidateBenchmark.sdk", "{\"documents\":\"1000\",\"shape\":\"LARGE\"}", 1.5, "s/op"))
        .add(result("ReadAndValidateBenchmark.fabric8Generic", "{\"documents\":\"1000\",\"shape\":\"LARGE\"}",
            3000, "ms/op"));

    List<String> lines = RatioReport.report(results);

    assertThat(lines).contains("BuildAndWriteBenchmark shape=LARGE",
        "  sdk                      50.0 ±       0.0 us/op    3.00x ± 0.00",
        "  fabric8Generic          150.0 ±       0.0 us/op    1.00x ± 0.00",
        "  sdk                 1500000.0 ±       0.0 us/op    2.00x ± 0.00");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MET").contains("shape=LARGE: 3.00x"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MISSED").contains("shape=SPARK_PI: 1.50x"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MISSED").contains("1500 ms"));
  }

  @Test
  void printsEachRatioWithTheErrorPropagatedFromBothScores() throws Exception {
    // 30 ± 3 (10 %) over 20 ± 1.5 (7.5 %): 1.5x with a relative error of 12.5 %, so ± 0.1875.
    JsonNode results = new ObjectMapper().createArrayNode()
        .add(result("BuildAndWriteBenchmark.fabric8Generic", "{\"shape\":\"SPARK_PI\"}", 30, 3, "us/op"))
        .add(result("BuildAndWriteBenchmark.sdk", "{\"shape\":\"SPARK_PI\"}", 20, 1.5, "us/op"))
        .add(result("ReadAndValidateBenchmark.fabric8Generic", "{\"documents\":\"1\",\"shape\":\"LARGE\"}",
            2, 0, "ms/op"))
        .add(result("ReadAndValidateBenchmark.sdk", "{\"documents\":\"1\",\"shape\":\"LARGE\"}", 1000, 100,
            "us/op"));

    List<String> lines = RatioReport.report(results);

    assertThat(lines).contains("  sdk                      20.0 ±       1.5 us/op    1.50x ± 0.19",
        "  sdk                    1000.0 ±     100.0 us/op    2.00x ± 0.20");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MISSED")
        .contains("build + write shape=SPARK_PI: 1.50x ± 0.19 fabric8 generic (target >= 2.0x)"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MET")
        .contains("read + validate documents=1 shape=LARGE: 2.00x ± 0.20 fabric8 generic (target >= 1.5x)"));
  }

  @Test
  void aRatioWhoseErrorIntervalHoldsTheTargetIsUnsure() throws Exception {
    // 2.5x ± 2.2 (fabric8 30 ± 26.4 us over 12 us): the run cannot tell 0.3x from 4.7x.
    JsonNode results = new ObjectMapper().createArrayNode()
        .add(result("BuildAndWriteBenchmark.fabric8Generic", "{\"shape\":\"SPARK_PI\"}", 30, 26.4, "us/op"))
        .add(result("BuildAndWriteBenchmark.sdk", "{\"shape\":\"SPARK_PI\"}", 12, 0, "us/op"));

    assertThat(RatioReport.report(results)).anySatisfy(l -> assertThat(l)
        .isEqualTo("  UNSURE  build + write shape=SPARK_PI: 2.50x ± 2.20 fabric8 generic (target >= 2.0x)"));
  }
}
