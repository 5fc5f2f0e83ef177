package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonVersionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSetIsClosed() {
    assertThat(PythonVersion.values()).containsExactly(PythonVersion.V2, PythonVersion.V3);
  }

  @ParameterizedTest
  @CsvSource({
    "V2, 2",
    "V3, 3"
  })
  void eachConstantCarriesTheSpellingOfTheCrd(PythonVersion constant, String spelling) {
    assertThat(constant.value()).isEqualTo(spelling);
    assertThat(constant).hasToString(spelling);
  }

  @ParameterizedTest
  @CsvSource({
    "V2, 2",
    "V3, 3"
  })
  void fromValueReturnsTheConstantOfASpelling(PythonVersion constant, String spelling) {
    assertThat(PythonVersion.fromValue(spelling)).isSameAs(constant);
  }

  @ParameterizedTest
  @CsvSource({
    "V2, 2",
    "V3, 3"
  })
  void jsonWritesAndReadsTheSpellingOfTheCrd(PythonVersion constant, String spelling) throws Exception {
    assertThat(JSON.writeValueAsString(constant)).isEqualTo("\"" + spelling + "\"");
    assertThat(JSON.readValue("\"" + spelling + "\"", PythonVersion.class)).isSameAs(constant);
  }

  @Test
  void jsonRejectsTheJavaNameOfAConstant() {
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> JSON.readValue("\"V3\"", PythonVersion.class));
  }

  @Test
  void fromValueIsExactAndListsTheValidSpellingsWhenItFails() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PythonVersion.fromValue("V3"))
        .withMessage("'V3' is not a valid PythonVersion; expected one of ['2', '3']");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PythonVersion.fromValue("3.11"))
        .withMessage("'3.11' is not a valid PythonVersion; expected one of ['2', '3']");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PythonVersion.fromValue(" 2"))
        .withMessageStartingWith("' 2' is not a valid PythonVersion");
  }

  @Test
  void fromValueRejectsNullWithTheSameMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PythonVersion.fromValue(null))
        .withMessage("'null' is not a valid PythonVersion; expected one of ['2', '3']");
  }
}
