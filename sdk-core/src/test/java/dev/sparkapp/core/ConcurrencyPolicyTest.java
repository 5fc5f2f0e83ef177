package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConcurrencyPolicyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSetIsClosed() {
    assertThat(ConcurrencyPolicy.values()).containsExactly(ConcurrencyPolicy.ALLOW, ConcurrencyPolicy.FORBID, ConcurrencyPolicy.REPLACE);
  }

  @ParameterizedTest
  @CsvSource({
    "ALLOW, Allow",
    "FORBID, Forbid",
    "REPLACE, Replace"
  })
  void eachConstantCarriesTheSpellingOfTheCrd(ConcurrencyPolicy constant, String spelling) {
    assertThat(constant.value()).isEqualTo(spelling);
    assertThat(constant).hasToString(spelling);
  }

  @ParameterizedTest
  @CsvSource({
    "ALLOW, Allow",
    "FORBID, Forbid",
    "REPLACE, Replace"
  })
  void fromValueReturnsTheConstantOfASpelling(ConcurrencyPolicy constant, String spelling) {
    assertThat(ConcurrencyPolicy.fromValue(spelling)).isSameAs(constant);
  }

  @ParameterizedTest
  @CsvSource({
    "ALLOW, Allow",
    "FORBID, Forbid",
    "REPLACE, Replace"
  })
  void jsonWritesAndReadsTheSpellingOfTheCrd(ConcurrencyPolicy constant, String spelling) throws Exception {
    assertThat(JSON.writeValueAsString(constant)).isEqualTo("\"" + spelling + "\"");
    assertThat(JSON.readValue("\"" + spelling + "\"", ConcurrencyPolicy.class)).isSameAs(constant);
  }

  @Test
  void jsonRejectsTheJavaNameOfAConstant() {
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> JSON.readValue("\"FORBID\"", ConcurrencyPolicy.class));
  }

  @Test
  void fromValueIsExactAndListsTheValidSpellingsWhenItFails() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ConcurrencyPolicy.fromValue("FORBID"))
        .withMessage("'FORBID' is not a valid ConcurrencyPolicy; expected one of ['Allow', 'Forbid', 'Replace']");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ConcurrencyPolicy.fromValue("forbid"))
        .withMessage("'forbid' is not a valid ConcurrencyPolicy; expected one of ['Allow', 'Forbid', 'Replace']");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ConcurrencyPolicy.fromValue(" Allow"))
        .withMessageStartingWith("' Allow' is not a valid ConcurrencyPolicy");
  }

  @Test
  void fromValueRejectsNullWithTheSameMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ConcurrencyPolicy.fromValue(null))
        .withMessage("'null' is not a valid ConcurrencyPolicy; expected one of ['Allow', 'Forbid', 'Replace']");
  }
}
