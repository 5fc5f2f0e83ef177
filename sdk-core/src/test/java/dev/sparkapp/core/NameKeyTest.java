package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void ofNamesTheSecretAndTheKeyInIt() {
    NameKey ref = NameKey.of("db-credentials", "password");

    assertThat(ref.name()).isEqualTo("db-credentials");
    assertThat(ref.key()).isEqualTo("password");
    assertThat(ref.additionalProperties()).isEmpty();
  }

  @Test
  void ofIsTheSameAsTheBuilder() {
    NameKey built = NameKey.builder().name("db-credentials").key("password").build();

    assertThat(NameKey.of("db-credentials", "password")).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(NameKey.of("password", "db-credentials")).isNotEqualTo(built);
  }

  @Test
  void nameAndKeyAreBothRequiredAsInTheCrd() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> NameKey.builder().build())
        .withMessage("Cannot build NameKey, some of required attributes are not set [name, key]");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> NameKey.builder().name("db-credentials").build())
        .withMessage("Cannot build NameKey, some of required attributes are not set [key]");
    assertThatNullPointerException().isThrownBy(() -> NameKey.of("db-credentials", null)).withMessage("key");
  }
}
