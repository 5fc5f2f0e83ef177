package dev.sparkapp.core.validate;

import static dev.sparkapp.core.validate.TestApps.validate;
import static dev.sparkapp.core.validate.TestApps.violations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ExecutorSpec;
import org.junit.jupiter.api.Test;

class DynamicAllocationRulesTest {
  private static final ExecutorSpec NO_INSTANCES = ExecutorSpec.builder().cores(1).memory("512m").build();

  @Test
  void acceptsOrderedBoundsWithoutFixedInstances() {
    assertThat(validate(TestApps.app(s -> s.executor(NO_INSTANCES)
        .dynamicAllocation(d -> d.enabled(true).minExecutors(1).initialExecutors(2).maxExecutors(5)))).violations())
        .isEmpty();
  }

  @Test
  void rejectsBrokenBounds() {
    ValidationResult result = validate(TestApps.app(s -> s.executor(NO_INSTANCES)
        .dynamicAllocation(d -> d.enabled(true).minExecutors(5).initialExecutors(6).maxExecutors(2))));

    assertThat(violations(result, DynamicAllocationRules.BOUNDS)).containsExactly(
        "spec.dynamicAllocation.minExecutors: error: minExecutors (5) is greater than maxExecutors (2), so Spark "
            + "refuses to start: make minExecutors <= maxExecutors [dynamic-allocation-bounds]",
        "spec.dynamicAllocation.initialExecutors: error: initialExecutors (6) is greater than maxExecutors (2): make "
            + "minExecutors <= initialExecutors <= maxExecutors [dynamic-allocation-bounds]");
  }

  @Test
  void rejectsInitialBelowMinAndNegativeBounds() {
    ValidationResult result = validate(TestApps.app(s -> s.executor(NO_INSTANCES)
        .dynamicAllocation(d -> d.enabled(true).minExecutors(-1).initialExecutors(-2))));

    assertThat(violations(result, DynamicAllocationRules.BOUNDS)).containsExactly(
        "spec.dynamicAllocation.minExecutors: error: minExecutors must not be negative, got -1: set it to 0 or more "
            + "[dynamic-allocation-bounds]",
        "spec.dynamicAllocation.initialExecutors: error: initialExecutors must not be negative, got -2: set it to 0 "
            + "or more [dynamic-allocation-bounds]",
        "spec.dynamicAllocation.initialExecutors: error: initialExecutors (-2) is less than minExecutors (-1): make "
            + "minExecutors <= initialExecutors <= maxExecutors [dynamic-allocation-bounds]");
  }

  @Test
  void warnsAboutFixedInstancesThatDynamicAllocationOverrides() {
    ValidationResult result = validate(TestApps.app(s -> s.dynamicAllocation(d -> d.enabled(true))));

    assertThat(violations(result, DynamicAllocationRules.FIXED_INSTANCES)).containsExactly(
        "spec.executor.instances: warning: executor.instances (1) is overridden by dynamic allocation, which starts "
            + "max(initialExecutors, instances) executors and then scales between minExecutors and maxExecutors: "
            + "remove it and set dynamicAllocation.initialExecutors instead [dynamic-allocation-instances]");
  }

  @Test
  void ignoresBoundsWhenDisabled() {
    assertThat(validate(TestApps.app(s -> s.dynamicAllocation(d -> d.minExecutors(5).maxExecutors(1)))).violations())
        .isEmpty();
  }
}
