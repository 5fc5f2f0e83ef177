package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparkApplicationTypeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSetIsClosed() {
    assertThat(SparkApplicationType.values()).containsExactly(SparkApplicationType.JAVA, SparkApplicationType.PYTHON, SparkApplicationType.SCALA, SparkApplicationType.R);
  }

  @ParameterizedTest
  @CsvSource({
    "JAVA, Java",
    "PYTHON, Python",
    "SCALA, Scala",
    "R, R"
  })
  void eachConstantCarriesTheSpellingOfTheCrd(SparkApplicationType constant, String spelling) {
    assertThat(constant.value()).isEqualTo(spelling);
    assertThat(constant).hasToString(spelling);
  }

  @ParameterizedTest
  @CsvSource({
    "JAVA, Java",
    "PYTHON, Python",
    "SCALA, Scala",
    "R, R"
  })
  void fromValueReturnsTheConstantOfASpelling(SparkApplicationType constant, String spelling) {
    assertThat(SparkApplicationType.fromValue(spelling)).isSameAs(constant);
  }

  @ParameterizedTest
  @CsvSource({
    "JAVA, Java",
    "PYTHON, Python",
    "SCALA, Scala",
    "R, R"
  })
  void jsonWritesAndReadsTheSpellingOfTheCrd(SparkApplicationType constant, String spelling) throws Exception {
    assertThat(JSON.writeValueAsString(constant)).isEqualTo("\"" + spelling + "\"");
    assertThat(JSON.readValue("\"" + spelling + "\"", SparkApplicationType.class)).isSameAs(constant);
  }

  @Test
  void jsonRejectsTheJavaNameOfAConstant() {
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> JSON.readValue("\"SCALA\"", SparkApplicationType.class));
  }

  @Test
  void fromValueIsExactAndListsTheValidSpellingsWhenItFails() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SparkApplicationType.fromValue("SCALA"))
        .withMessage("'SCALA' is not a valid SparkApplicationType; expected one of ['Java', 'Python', 'Scala', 'R']");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SparkApplicationType.fromValue("scala"))
        .withMessage("'scala' is not a valid SparkApplicationType; expected one of ['Java', 'Python', 'Scala', 'R']");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SparkApplicationType.fromValue(" Java"))
        .withMessageStartingWith("' Java' is not a valid SparkApplicationType");
  }

  @Test
  void fromValueRejectsNullWithTheSameMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SparkApplicationType.fromValue(null))
        .withMessage("'null' is not a valid SparkApplicationType; expected one of ['Java', 'Python', 'Scala', 'R']");
  }
}
