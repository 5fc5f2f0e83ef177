package dev.sparkapp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.InvalidArgumentException;
import org.junit.jupiter.api.Test;

class SparkClientOptionsTest {
  @Test
  void defaultsAreServerSideApplyAsSparkappWithValidationAndNothingElse() {
    SparkClientOptions defaults = SparkClientOptions.defaults();

    assertThat(defaults.strategy()).isEqualTo(ApplyStrategy.SERVER_SIDE_APPLY);
    assertThat(defaults.fieldManager()).isEqualTo("sparkapp");
    assertThat(defaults.force()).isFalse();
    assertThat(defaults.dryRun()).isFalse();
    assertThat(defaults.validate()).isTrue();
  }

  @Test
  void toBuilderChangesACopyAndLeavesTheOriginal() {
    SparkClientOptions changed = SparkClientOptions.defaults().toBuilder()
        .strategy(ApplyStrategy.CREATE_OR_REPLACE).fieldManager("ci").force(true).dryRun(true).validate(false).build();

    assertThat(changed).isNotEqualTo(SparkClientOptions.defaults());
    assertThat(changed.toString()).isEqualTo("SparkClientOptions{strategy=CREATE_OR_REPLACE, fieldManager=ci, "
        + "force=true, dryRun=true, validate=false}");
    assertThat(changed.toBuilder().build()).isEqualTo(changed).hasSameHashCodeAs(changed);
    assertThat(SparkClientOptions.defaults().force()).isFalse();
  }

  @Test
  void aBlankFieldManagerIsRefused() {
    assertThatThrownBy(() -> SparkClientOptions.defaults().toBuilder().fieldManager(" "))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageContaining("fieldManager must not be blank");
  }
}
