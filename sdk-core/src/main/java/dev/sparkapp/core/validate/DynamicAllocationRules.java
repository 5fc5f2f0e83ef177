package dev.sparkapp.core.validate;

import dev.sparkapp.core.DynamicAllocation;
import dev.sparkapp.core.ExecutorSpec;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import java.util.Optional;

/**
 * {@code dynamicAllocation}: {@code minExecutors <= initialExecutors <= maxExecutors}, no negative
 * bounds, and no fixed {@code executor.instances} that dynamic allocation overrides.
 */
final class DynamicAllocationRules implements Rule {
  static final String BOUNDS = "dynamic-allocation-bounds";
  static final String FIXED_INSTANCES = "dynamic-allocation-instances";

  @Override
  public void checkSpec(SparkApplicationSpec spec, FieldPath at, Findings findings) {
    check(spec.dynamicAllocation(), spec.executor().flatMap(ExecutorSpec::instances), at, findings);
  }

  /**
   * Checks {@code dynamicAllocation} and the fixed executor {@code instances} of the spec at {@code at}
   * (a SparkApplication's or a SparkConnect's: both have {@code dynamicAllocation} and
   * {@code executor.instances}).
   */
  static void check(Optional<DynamicAllocation> dynamicAllocation, Optional<Integer> executorInstances,
      FieldPath at, Findings findings) {
    Optional<DynamicAllocation> found = dynamicAllocation.filter(d -> d.enabled().orElse(false));
    if (found.isEmpty()) {
      return;
    }
    DynamicAllocation dynamic = found.get();
    FieldPath path = at.field("dynamicAllocation");
    Optional<Integer> min = dynamic.minExecutors();
    Optional<Integer> initial = dynamic.initialExecutors();
    Optional<Integer> max = dynamic.maxExecutors();
    negative(min, path, "minExecutors", findings);
    negative(initial, path, "initialExecutors", findings);
    negative(max, path, "maxExecutors", findings);
    if (min.isPresent() && max.isPresent() && min.get() > max.get()) {
      findings.error(path.field("minExecutors"), BOUNDS, "minExecutors (" + min.get() + ") is greater than "
          + "maxExecutors (" + max.get() + "), so Spark refuses to start: make minExecutors <= maxExecutors");
    }
    if (initial.isPresent() && min.isPresent() && initial.get() < min.get()) {
      findings.error(path.field("initialExecutors"), BOUNDS, "initialExecutors (" + initial.get()
          + ") is less than minExecutors (" + min.get() + "): make minExecutors <= initialExecutors <= maxExecutors");
    }
    if (initial.isPresent() && max.isPresent() && initial.get() > max.get()) {
      findings.error(path.field("initialExecutors"), BOUNDS, "initialExecutors (" + initial.get()
          + ") is greater than maxExecutors (" + max.get() + "): make minExecutors <= initialExecutors <= maxExecutors");
    }
    executorInstances.ifPresent(instances -> findings.warning(
        at.field("executor").field("instances"), FIXED_INSTANCES, "executor.instances (" + instances
            + ") is overridden by dynamic allocation, which starts max(initialExecutors, instances) executors and "
            + "then scales between minExecutors and maxExecutors: remove it and set "
            + "dynamicAllocation.initialExecutors instead"));
  }

  private static void negative(Optional<Integer> value, FieldPath path, String field, Findings findings) {
    value.filter(v -> v < 0).ifPresent(v -> findings.error(path.field(field), BOUNDS,
        field + " must not be negative, got " + v + ": set it to 0 or more"));
  }
}
