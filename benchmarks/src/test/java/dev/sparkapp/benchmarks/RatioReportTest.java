package dev.sparkapp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatioReportTest {
  private static JsonNode result(String benchmark, String params, double score, String unit) throws Exception {
    return new ObjectMapper().readTree("{\"benchmark\":\"dev.sparkapp.benchmarks." + benchmark + "\","
        + "\"params\":" + params + ",\"primaryMetric\":{\"score\":" + score + ",\"scoreUnit\":\"" + unit + "\"}}");
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
        "  sdk                      50.0 us/op    3.00x",
        "  fabric8Generic          150.0 us/op    1.00x",
        "  sdk                 1500000.0 us/op    2.00x");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MET").contains("shape=LARGE: 3.00x"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MISSED").contains("shape=SPARK_PI: 1.50x"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  MISSED").contains("1500 ms"));
  }
}
