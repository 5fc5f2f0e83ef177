package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class GpuSpecTest {
  @Test
  void nameAndQuantityAreBothRequiredAsInTheCrd() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> GpuSpec.builder().build())
        .withMessage("Cannot build GpuSpec, some of required attributes are not set [name, quantity]");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> GpuSpec.builder().name("nvidia.com/gpu").build())
        .withMessage("Cannot build GpuSpec, some of required attributes are not set [quantity]");
  }

  @Test
  void keepsWhatItWasBuiltWith() {
    GpuSpec gpu = GpuSpec.builder().name("nvidia.com/gpu").quantity(2L).build();

    assertThat(gpu.name()).isEqualTo("nvidia.com/gpu");
    assertThat(gpu.quantity()).isEqualTo(2L);
    assertThat(gpu).isEqualTo(GpuSpec.builder().name("nvidia.com/gpu").quantity(2L).build());
    assertThat(gpu).isNotEqualTo(GpuSpec.builder().name("amd.com/gpu").quantity(2L).build());
  }
}
