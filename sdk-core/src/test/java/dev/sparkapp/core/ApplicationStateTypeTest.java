package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationStateTypeTest {
  private static final String SPELLINGS = "['', 'SUBMITTED', 'RUNNING', 'COMPLETED', 'FAILED', 'SUBMISSION_FAILED',"
      + " 'PENDING_RERUN', 'INVALIDATING', 'SUCCEEDING', 'FAILING', 'UNKNOWN', 'SUSPENDING', 'SUSPENDED', 'RESUMING']";

  @ParameterizedTest
  @CsvSource({
    "NEW, ''",
    "SUBMITTED, SUBMITTED",
    "RUNNING, RUNNING",
    "COMPLETED, COMPLETED",
    "FAILED, FAILED",
    "SUBMISSION_FAILED, SUBMISSION_FAILED",
    "PENDING_RERUN, PENDING_RERUN",
    "INVALIDATING, INVALIDATING",
    "SUCCEEDING, SUCCEEDING",
    "FAILING, FAILING",
    "UNKNOWN, UNKNOWN",
    "SUSPENDING, SUSPENDING",
    "SUSPENDED, SUSPENDED",
    "RESUMING, RESUMING"
  })
  void eachConstantCarriesTheSpellingTheOperatorWritesAndParsesBackFromIt(ApplicationStateType constant, String spelling) {
    assertThat(constant.value()).isEqualTo(spelling);
    assertThat(constant).hasToString(spelling);
    assertThat(ApplicationStateType.fromValue(spelling)).isSameAs(constant);
    assertThat(ApplicationStateType.fromValueOrUnknown(spelling)).isSameAs(constant);
  }

  @Test
  void theNewStateIsTheEmptyString() {
    assertThat(ApplicationStateType.fromValue("")).isSameAs(ApplicationStateType.NEW);
    assertThat(ApplicationStateType.NEW.value()).isEmpty();
  }

  @Test
  void fromValueIsExactAndListsTheValidSpellingsWhenItFails() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> ApplicationStateType.fromValue("Running"))
        .withMessage("'Running' is not a valid ApplicationStateType; expected one of " + SPELLINGS);
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> ApplicationStateType.fromValue("NEW"))
        .withMessage("'NEW' is not a valid ApplicationStateType; expected one of " + SPELLINGS);
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> ApplicationStateType.fromValue(null))
        .withMessage("'null' is not a valid ApplicationStateType; expected one of " + SPELLINGS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Running", "NEW", "PAUSED", " ", "RUNNING "})
  void fromValueOrUnknownMapsAnyOtherSpellingToUnknown(String spelling) {
    assertThat(ApplicationStateType.fromValueOrUnknown(spelling)).isSameAs(ApplicationStateType.UNKNOWN);
  }

  @Test
  void fromValueOrUnknownMapsNullToUnknown() {
    assertThat(ApplicationStateType.fromValueOrUnknown(null)).isSameAs(ApplicationStateType.UNKNOWN);
  }

  @ParameterizedTest
  @EnumSource(names = {"COMPLETED", "FAILED", "SUBMISSION_FAILED"})
  void completedFailedAndSubmissionFailedAreTerminal(ApplicationStateType state) {
    assertThat(state.isTerminal()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(mode = EnumSource.Mode.EXCLUDE, names = {"COMPLETED", "FAILED", "SUBMISSION_FAILED"})
  void everyOtherStateIsNotTerminal(ApplicationStateType state) {
    assertThat(state.isTerminal()).isFalse();
  }
}
