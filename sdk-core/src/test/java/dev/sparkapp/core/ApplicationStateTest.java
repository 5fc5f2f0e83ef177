package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class ApplicationStateTest {
  @Test
  void stateTypeIsTheTypedViewOfAKnownState() {
    assertThat(ApplicationState.builder().state("RUNNING").build().stateType()).isSameAs(ApplicationStateType.RUNNING);
    assertThat(ApplicationState.builder().state("SUBMISSION_FAILED").build().stateType())
        .isSameAs(ApplicationStateType.SUBMISSION_FAILED);
  }

  @Test
  void theEmptyStateOfANewApplicationIsNew() {
    assertThat(ApplicationState.builder().state("").build().stateType()).isSameAs(ApplicationStateType.NEW);
  }

  @Test
  void aStateThisSdkDoesNotKnowIsUnknownButKeepsItsRawSpelling() {
    ApplicationState state = ApplicationState.builder().state("QUEUED").errorMessage("waiting for quota").build();

    assertThat(state.stateType()).isSameAs(ApplicationStateType.UNKNOWN);
    assertThat(state.state()).isEqualTo("QUEUED");
    assertThat(state.errorMessage()).contains("waiting for quota");
  }

  @Test
  void stateTypeIsCaseSensitive() {
    assertThat(ApplicationState.builder().state("running").build().stateType()).isSameAs(ApplicationStateType.UNKNOWN);
  }

  @Test
  void theStateIsRequired() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> ApplicationState.builder().errorMessage("boom").build())
        .withMessage("Cannot build ApplicationState, some of required attributes are not set [state]");
  }
}
