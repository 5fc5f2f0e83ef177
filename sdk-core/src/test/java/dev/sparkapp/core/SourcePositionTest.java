package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class SourcePositionTest {
  @Test
  void keepsSourceLineAndColumn() {
    SourcePosition position = SourcePosition.of("apps/spark-pi.yaml", 12, 5);

    assertThat(position.source()).isEqualTo("apps/spark-pi.yaml");
    assertThat(position.line()).isEqualTo(12);
    assertThat(position.column()).isEqualTo(5);
  }

  @Test
  void printsAsSourceColonLineColonColumn() {
    assertThat(SourcePosition.of("apps/spark-pi.yaml", 12, 5)).hasToString("apps/spark-pi.yaml:12:5");
    assertThat(SourcePosition.of("<stdin>", 1, 1)).hasToString("<stdin>:1:1");
    assertThat(SourcePosition.of("<string>", 300, 42)).hasToString("<string>:300:42");
  }

  @Test
  void lineAndColumnAreOneBased() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> SourcePosition.of("a.yaml", 0, 5))
        .withMessage("line and column are 1-based, got 0:5");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> SourcePosition.of("a.yaml", 3, 0))
        .withMessage("line and column are 1-based, got 3:0");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> SourcePosition.of("a.yaml", -2, -7))
        .withMessage("line and column are 1-based, got -2:-7");
  }

  @Test
  void theSourceIsRequired() {
    assertThatNullPointerException().isThrownBy(() -> SourcePosition.of(null, 1, 1)).withMessage("source");
  }

  @Test
  void positionsWithTheSameSourceLineAndColumnAreEqual() {
    SourcePosition a = SourcePosition.of("a.yaml", 4, 9);
    SourcePosition b = SourcePosition.of(new String("a.yaml"), 4, 9);

    assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(b).isEqualTo(a);
  }

  @Test
  void positionsThatDifferInAnyPartAreNotEqual() {
    SourcePosition a = SourcePosition.of("a.yaml", 4, 9);

    assertThat(a).isNotEqualTo(SourcePosition.of("b.yaml", 4, 9));
    assertThat(a).isNotEqualTo(SourcePosition.of("a.yaml", 5, 9));
    assertThat(a).isNotEqualTo(SourcePosition.of("a.yaml", 4, 10));
    assertThat(a).isNotEqualTo(SourcePosition.of("a.yaml", 9, 4));
    assertThat(a).isNotEqualTo("a.yaml:4:9").isNotEqualTo(null);
  }
}
