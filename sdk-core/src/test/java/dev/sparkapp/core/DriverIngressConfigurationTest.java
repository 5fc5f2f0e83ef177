package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class DriverIngressConfigurationTest {
  @Test
  void servicePortAndItsNameAreRequiredAsInTheCrd() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> DriverIngressConfiguration.builder().serviceType("ClusterIP").build())
        .withMessage("Cannot build DriverIngressConfiguration, some of required attributes are not set"
            + " [servicePort, servicePortName]");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> DriverIngressConfiguration.builder().servicePort(8080).build())
        .withMessage("Cannot build DriverIngressConfiguration, some of required attributes are not set [servicePortName]");
  }

  @Test
  void everythingElseIsOptional() {
    DriverIngressConfiguration options = DriverIngressConfiguration.builder()
        .servicePort(8080)
        .servicePortName("http")
        .build();

    assertThat(options.servicePort()).isEqualTo(8080);
    assertThat(options.servicePortName()).isEqualTo("http");
    assertThat(options.ingressURLFormat()).isEmpty();
    assertThat(options.serviceType()).isEmpty();
    assertThat(options.ingressTLS()).isNull();
  }
}
