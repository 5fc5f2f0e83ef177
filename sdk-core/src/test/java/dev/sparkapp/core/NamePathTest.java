package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class NamePathTest {
  @Test
  void ofNamesTheConfigMapAndWhereItIsMounted() {
    NamePath mount = NamePath.of("spark-conf", "/etc/spark/conf");

    assertThat(mount.name()).isEqualTo("spark-conf");
    assertThat(mount.path()).isEqualTo("/etc/spark/conf");
    assertThat(mount.additionalProperties()).isEmpty();
  }

  @Test
  void ofIsTheSameAsTheBuilder() {
    NamePath built = NamePath.builder().name("spark-conf").path("/etc/spark/conf").build();

    assertThat(NamePath.of("spark-conf", "/etc/spark/conf")).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(NamePath.of("spark-conf", "/etc/spark")).isNotEqualTo(built);
  }

  @Test
  void nameAndPathAreBothRequiredAsInTheCrd() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> NamePath.builder().build())
        .withMessage("Cannot build NamePath, some of required attributes are not set [name, path]");
    assertThatNullPointerException().isThrownBy(() -> NamePath.of("spark-conf", null)).withMessage("path");
    assertThatNullPointerException().isThrownBy(() -> NamePath.of(null, "/etc/spark")).withMessage("name");
  }
}
