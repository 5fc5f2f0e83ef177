package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class PortTest {
  @Test
  void nameProtocolAndContainerPortAreAllRequiredAsInTheCrd() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> Port.builder().build())
        .withMessage("Cannot build Port, some of required attributes are not set [name, protocol, containerPort]");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> Port.builder().name("jmx").containerPort(8090).build())
        .withMessage("Cannot build Port, some of required attributes are not set [protocol]");
  }

  @Test
  void keepsWhatItWasBuiltWith() {
    Port port = Port.builder().name("jmx").protocol("TCP").containerPort(8090).build();

    assertThat(port.name()).isEqualTo("jmx");
    assertThat(port.protocol()).isEqualTo("TCP");
    assertThat(port.containerPort()).isEqualTo(8090);
    assertThat(port).isEqualTo(Port.builder().from(port).build()).isNotEqualTo(Port.builder().from(port).containerPort(8091).build());
  }
}
