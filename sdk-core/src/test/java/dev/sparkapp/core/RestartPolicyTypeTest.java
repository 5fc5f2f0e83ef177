package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestartPolicyTypeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSetIsClosed() {
    assertThat(RestartPolicyType.values()).containsExactly(RestartPolicyType.NEVER, RestartPolicyType.ALWAYS, RestartPolicyType.ON_FAILURE);
  }

  @ParameterizedTest
  @CsvSource({
    "NEVER, Never",
    "ALWAYS, Always",
    "ON_FAILURE, OnFailure"
  })
  void eachConstantCarriesTheSpellingOfTheCrd(RestartPolicyType constant, String spelling) {
    assertThat(constant.value()).isEqualTo(spelling);
    assertThat(constant).hasToString(spelling);
  }

  @ParameterizedTest
  @CsvSource({
    "NEVER, Never",
    "ALWAYS, Always",
    "ON_FAILURE, OnFailure"
  })
  void fromValueReturnsTheConstantOfASpelling(RestartPolicyType constant, String spelling) {
    assertThat(RestartPolicyType.fromValue(spelling)).isSameAs(constant);
  }

  @ParameterizedTest
  @CsvSource({
    "NEVER, Never",
    "ALWAYS, Always",
    "ON_FAILURE, OnFailure"
  })
  void jsonWritesAndReadsTheSpellingOfTheCrd(RestartPolicyType constant, String spelling) throws Exception {
    assertThat(JSON.writeValueAsString(constant)).isEqualTo("\"" + spelling + "\"");
    assertThat(JSON.readValue("\"" + spelling + "\"", RestartPolicyType.class)).isSameAs(constant);
  }

  @Test
  void jsonRejectsTheJavaNameOfAConstant() {
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> JSON.readValue("\"ON_FAILURE\"", RestartPolicyType.class));
  }

  @Test
  void fromValueIsExactAndListsTheValidSpellingsWhenItFails() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RestartPolicyType.fromValue("ON_FAILURE"))
        .withMessage("'ON_FAILURE' is not a valid RestartPolicyType; expected one of ['Never', 'Always', 'OnFailure']");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RestartPolicyType.fromValue("onFailure"))
        .withMessage("'onFailure' is not a valid RestartPolicyType; expected one of ['Never', 'Always', 'OnFailure']");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RestartPolicyType.fromValue(" Never"))
        .withMessageStartingWith("' Never' is not a valid RestartPolicyType");
  }

  @Test
  void fromValueRejectsNullWithTheSameMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RestartPolicyType.fromValue(null))
        .withMessage("'null' is not a valid RestartPolicyType; expected one of ['Never', 'Always', 'OnFailure']");
  }
}
