package dev.sparkapp.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import org.junit.jupiter.api.Test;

class ViolationTest {
  private final Violation violation =
      Violation.error(FieldPath.of("spec", "driver", "memory"), "spark-memory", "bad size");

  @Test
  void printsPathSeverityMessageAndRuleId() {
    assertThat(violation).hasToString("spec.driver.memory: error: bad size [spark-memory]");
    assertThat(violation.position()).isEmpty();
  }

  @Test
  void printsThePositionFirstWhenItHasOne() {
    Violation placed = violation.at(SourcePosition.of("app.yaml", 12, 5));

    assertThat(placed).hasToString("app.yaml:12:5: spec.driver.memory: error: bad size [spark-memory]");
    assertThat(placed.position()).contains(SourcePosition.of("app.yaml", 12, 5));
    assertThat(placed).isNotEqualTo(violation);
  }

  @Test
  void warningsPrintTheirSeverityAndCanBeRaised() {
    Violation warning = Violation.warning(FieldPath.of("spec"), "r", "m");

    assertThat(warning).hasToString("spec: warning: m [r]");
    assertThat(warning.isError()).isFalse();
    assertThat(warning.withSeverity(Severity.ERROR).isError()).isTrue();
    assertThat(warning.withSeverity(Severity.ERROR)).isEqualTo(Violation.error(FieldPath.of("spec"), "r", "m"));
  }
}
