package dev.sparkapp.core.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.QuantityBuilder;
import org.junit.jupiter.api.Test;

class PodTemplatesTest {
  @Test
  void anExceptionFromFabric8sQuantityBuilderCountsAsABadQuantity() {
    // what PodTemplates.merge meets when it copies a template holding new Quantity("Mi")
    Throwable thrown = catchThrowable(() -> new QuantityBuilder(new Quantity("Mi")).build());

    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    assertThat(PodTemplates.thrownByQuantity(thrown)).isTrue();
  }

  @Test
  void anIllegalArgumentFromAnywhereElseDoesNot() {
    Throwable thrown = catchThrowable(() -> Integer.parseInt("Mi"));

    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    assertThat(PodTemplates.thrownByQuantity(thrown)).isFalse();
    assertThat(PodTemplates.thrownByQuantity(new ArithmeticException("/ by zero"))).isFalse();
  }
}
