package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class SecretInfoTest {
  @Test
  void namePathAndSecretTypeAreAllRequiredAsInTheCrd() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> SecretInfo.builder().build())
        .withMessage("Cannot build SecretInfo, some of required attributes are not set [name, path, secretType]");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> SecretInfo.builder().name("gcp-sa").path("/mnt/secrets").build())
        .withMessage("Cannot build SecretInfo, some of required attributes are not set [secretType]");
  }

  @Test
  void keepsWhatItWasBuiltWith() {
    SecretInfo secret = SecretInfo.builder()
        .name("gcp-sa")
        .path("/mnt/secrets")
        .secretType(SecretType.GCP_SERVICE_ACCOUNT)
        .build();

    assertThat(secret.name()).isEqualTo("gcp-sa");
    assertThat(secret.path()).isEqualTo("/mnt/secrets");
    assertThat(secret.secretType()).isEqualTo("GCPServiceAccount");
    assertThat(secret.knownSecretType()).containsSame(SecretType.GCP_SERVICE_ACCOUNT);
  }

  @Test
  void keepsASecretTypeTheOperatorDoesNotKnowAndHasNoTypedViewOfIt() {
    SecretInfo secret = SecretInfo.builder().name("aws").path("/mnt/aws").secretType("AWSCredentials").build();

    assertThat(secret.secretType()).isEqualTo("AWSCredentials");
    assertThat(secret.knownSecretType()).isEmpty();
  }

  @Test
  void toStringShowsTheSecretsNameNotItsContent() {
    SecretInfo secret = SecretInfo.builder().name("gcp-sa").path("/mnt/secrets").secretType(SecretType.GENERIC).build();

    assertThat(secret).hasToString("SecretInfo{name=gcp-sa, path=/mnt/secrets, secretType=Generic, additionalProperties={}}");
  }
}
