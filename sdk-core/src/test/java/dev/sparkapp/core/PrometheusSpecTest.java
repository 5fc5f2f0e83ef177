package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class PrometheusSpecTest {
  @Test
  void theExporterJarIsRequiredAsInTheCrd() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> PrometheusSpec.builder().port(8090).portName("jmx-exporter").build())
        .withMessage("Cannot build PrometheusSpec, some of required attributes are not set [jmxExporterJar]");
  }

  @Test
  void everythingButTheExporterJarIsOptional() {
    PrometheusSpec spec = PrometheusSpec.builder().jmxExporterJar("/prometheus/jmx.jar").build();

    assertThat(spec.jmxExporterJar()).isEqualTo("/prometheus/jmx.jar");
    assertThat(spec.port()).isEmpty();
    assertThat(spec.portName()).isEmpty();
    assertThat(spec.configFile()).isEmpty();
    assertThat(spec.configuration()).isEmpty();
  }
}
