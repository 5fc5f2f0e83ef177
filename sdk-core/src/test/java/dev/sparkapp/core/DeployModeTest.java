package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeployModeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSetIsClosed() {
    assertThat(DeployMode.values()).containsExactly(DeployMode.CLUSTER, DeployMode.CLIENT);
  }

  @ParameterizedTest
  @CsvSource({
    "CLUSTER, cluster",
    "CLIENT, client"
  })
  void eachConstantCarriesTheSpellingOfTheCrd(DeployMode constant, String spelling) {
    assertThat(constant.value()).isEqualTo(spelling);
    assertThat(constant).hasToString(spelling);
  }

  @ParameterizedTest
  @CsvSource({
    "CLUSTER, cluster",
    "CLIENT, client"
  })
  void fromValueReturnsTheConstantOfASpelling(DeployMode constant, String spelling) {
    assertThat(DeployMode.fromValue(spelling)).isSameAs(constant);
  }

  @ParameterizedTest
  @CsvSource({
    "CLUSTER, cluster",
    "CLIENT, client"
  })
  void jsonWritesAndReadsTheSpellingOfTheCrd(DeployMode constant, String spelling) throws Exception {
    assertThat(JSON.writeValueAsString(constant)).isEqualTo("\"" + spelling + "\"");
    assertThat(JSON.readValue("\"" + spelling + "\"", DeployMode.class)).isSameAs(constant);
  }

  @Test
  void jsonRejectsTheJavaNameOfAConstant() {
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> JSON.readValue("\"CLUSTER\"", DeployMode.class));
  }

  @Test
  void fromValueIsExactAndListsTheValidSpellingsWhenItFails() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DeployMode.fromValue("CLUSTER"))
        .withMessage("'CLUSTER' is not a valid DeployMode; expected one of ['cluster', 'client']");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DeployMode.fromValue("Cluster"))
        .withMessage("'Cluster' is not a valid DeployMode; expected one of ['cluster', 'client']");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DeployMode.fromValue(" cluster"))
        .withMessageStartingWith("' cluster' is not a valid DeployMode");
  }

  @Test
  void fromValueRejectsNullWithTheSameMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DeployMode.fromValue(null))
        .withMessage("'null' is not a valid DeployMode; expected one of ['cluster', 'client']");
  }
}
