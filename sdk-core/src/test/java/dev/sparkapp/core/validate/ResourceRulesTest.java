package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceRulesTest {
  @ParameterizedTest
  @ValueSource(strings = {"512m", "2g", "2G", "1024", "512mb", "1t", "100k"})
  void acceptsSparkMemorySizes(String size) {
    assertThat(validate(TestApps.app(s -> s.driver(d -> d.cores(1).memory(size).memoryOverhead(size)))).violations())
        .isEmpty();
  }

  @Test
  void rejectsKubernetesUnitsFractionsAndText() {
    ValidationResult result = validate(TestApps.app(s -> s
        .driver(d -> d.cores(1).memory("512Mi").memoryOverhead("1.5g"))
        .executor(e -> e.instances(1).memory("two gigs"))));

    assertThat(violations(result, ResourceRules.MEMORY)).containsExactly(
        "spec.driver.memory: error: '512Mi' is not a memory size Spark can parse (unit 'mi' is not one Spark knows "
            + "(Kubernetes units such as Mi and Gi are not Spark units)): use a whole number with an optional unit b, "
            + "k, m, g, t or p (for example 512m or 2g) [spark-memory]",
        "spec.driver.memoryOverhead: error: '1.5g' is not a memory size Spark can parse (Spark does not accept "
            + "fractions): use a whole number with an optional unit b, k, m, g, t or p (for example 512m or 2g) "
            + "[spark-memory]",
        "spec.executor.memory: error: 'two gigs' is not a memory size Spark can parse (it is not a size): use a whole "
            + "number with an optional unit b, k, m, g, t or p (for example 512m or 2g) [spark-memory]");
  }

  @Test
  void coresMustBeAtLeastOne() {
    assertThat(violations(validate(TestApps.app(s -> s.executor(e -> e.cores(0)))), ResourceRules.CORES))
        .containsExactly("spec.executor.cores: error: cores must be at least 1, got 0: for a fraction of a CPU set "
            + "coreRequest (for example 500m) [spark-cores]");
  }

  @Test
  void cpuQuantitiesMustParse() {
    assertThat(violations(validate(TestApps.app(s -> s.driver(d -> d.coreLimit("one")))), ResourceRules.CPU_QUANTITY))
        .containsExactly("spec.driver.coreLimit: error: 'one' is not a positive CPU quantity: use a number of cores "
            + "such as 1 or 1.5, or millicores such as 500m [cpu-quantity]");
  }

  @Test
  void coreRequestMayNotExceedCoreLimit() {
    ValidationResult result = validate(TestApps.app(s -> s
        .driver(d -> d.coreRequest("1500m").coreLimit("1"))
        .executor(e -> e.cores(2).coreLimit("1.5"))));

    assertThat(violations(result, ResourceRules.REQUEST_OVER_LIMIT)).containsExactly(
        "spec.driver.coreRequest: error: the CPU request coreRequest (1.5) is greater than coreLimit (1), so the API "
            + "server rejects the pod: lower coreRequest or raise coreLimit [core-request-exceeds-limit]",
        "spec.executor.cores: error: the CPU request cores (2) is greater than coreLimit (1.5), so the API server "
            + "rejects the pod: lower cores or raise coreLimit [core-request-exceeds-limit]");
    assertThat(validate(TestApps.app(s -> s.driver(d -> d.coreRequest("500m").coreLimit("1")))).violations()).isEmpty();
  }
}
