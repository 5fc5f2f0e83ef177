package dev.sparkapp.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {
  @Test
  void printsInLowerCase() {
    assertThat(Severity.ERROR).hasToString("error");
    assertThat(Severity.WARNING).hasToString("warning");
  }
}
