package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations that rules report during one validation run. */
final class Findings {
  private final List<Violation> violations = new ArrayList<>();

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
