package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretTypeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theSetIsClosed() {
    assertThat(SecretType.values()).containsExactly(SecretType.GCP_SERVICE_ACCOUNT, SecretType.HADOOP_DELEGATION_TOKEN, SecretType.GENERIC);
  }

  @ParameterizedTest
  @CsvSource({
    "GCP_SERVICE_ACCOUNT, GCPServiceAccount",
    "HADOOP_DELEGATION_TOKEN, HadoopDelegationToken",
    "GENERIC, Generic"
  })
  void eachConstantCarriesTheSpellingOfTheCrd(SecretType constant, String spelling) {
    assertThat(constant.value()).isEqualTo(spelling);
    assertThat(constant).hasToString(spelling);
  }

  @ParameterizedTest
  @CsvSource({
    "GCP_SERVICE_ACCOUNT, GCPServiceAccount",
    "HADOOP_DELEGATION_TOKEN, HadoopDelegationToken",
    "GENERIC, Generic"
  })
  void fromValueReturnsTheConstantOfASpelling(SecretType constant, String spelling) {
    assertThat(SecretType.fromValue(spelling)).isSameAs(constant);
  }

  @ParameterizedTest
  @CsvSource({
    "GCP_SERVICE_ACCOUNT, GCPServiceAccount",
    "HADOOP_DELEGATION_TOKEN, HadoopDelegationToken",
    "GENERIC, Generic"
  })
  void jsonWritesAndReadsTheSpellingOfTheCrd(SecretType constant, String spelling) throws Exception {
    assertThat(JSON.writeValueAsString(constant)).isEqualTo("\"" + spelling + "\"");
    assertThat(JSON.readValue("\"" + spelling + "\"", SecretType.class)).isSameAs(constant);
  }

  @Test
  void jsonRejectsTheJavaNameOfAConstant() {
    assertThatExceptionOfType(InvalidFormatException.class)
        .isThrownBy(() -> JSON.readValue("\"GENERIC\"", SecretType.class));
  }

  @Test
  void fromValueIsExactAndListsTheValidSpellingsWhenItFails() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SecretType.fromValue("GENERIC"))
        .withMessage("'GENERIC' is not a valid SecretType; expected one of ['GCPServiceAccount', 'HadoopDelegationToken', 'Generic']");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SecretType.fromValue("Opaque"))
        .withMessage("'Opaque' is not a valid SecretType; expected one of ['GCPServiceAccount', 'HadoopDelegationToken', 'Generic']");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SecretType.fromValue(" GCPServiceAccount"))
        .withMessageStartingWith("' GCPServiceAccount' is not a valid SecretType");
  }

  @Test
  void fromValueRejectsNullWithTheSameMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SecretType.fromValue(null))
        .withMessage("'null' is not a valid SecretType; expected one of ['GCPServiceAccount', 'HadoopDelegationToken', 'Generic']");
  }
}
