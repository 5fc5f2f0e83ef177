package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPodSpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the violations that rules report during one validation run, and holds what several rules of the
 * run read: the {@link BuiltPod} of each pod, built once rather than by every rule that asks.
 */
final class Findings {
  private final List<Violation> violations = new ArrayList<>();
  private final Map<SparkPod, BuiltPod> builtPods = new EnumMap<>(SparkPod.class);

  /**
   * The pod {@code role} of {@code spec} as Spark and the operator build it from {@code pod} ({@link
   * BuiltPod#of}), built on the first request of this run and shared by the rules after it.
   */
  BuiltPod builtPod(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod) {
    BuiltPod built = builtPods.get(role);
    if (built == null || !built.isOf(spec, pod)) {
      built = BuiltPod.of(spec, role, pod);
      builtPods.put(role, built);
    }
    return built;
  }

  void error(FieldPath path, String ruleId, String message) {
    violations.add(Violation.error(path, ruleId, message));
  }

  void warning(FieldPath path, String ruleId, String message) {
    violations.add(Violation.warning(path, ruleId, message));
  }

  List<Violation> violations() {
    return violations;
  }
}
