package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class MonitoringSpecTest {
  @Test
  void bothExposeFlagsAreRequiredAsInTheCrd() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> MonitoringSpec.builder().build())
        .withMessage("Cannot build MonitoringSpec, some of required attributes are not set"
            + " [exposeDriverMetrics, exposeExecutorMetrics]");
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> MonitoringSpec.builder().exposeExecutorMetrics(true).build())
        .withMessage("Cannot build MonitoringSpec, some of required attributes are not set [exposeDriverMetrics]");
  }

  @Test
  void prometheusConsumerBuildsTheSameValueAsPassingABuiltOne() {
    MonitoringSpec viaConsumer = MonitoringSpec.builder()
        .exposeDriverMetrics(true)
        .exposeExecutorMetrics(false)
        .prometheus(p -> p.jmxExporterJar("/prometheus/jmx_prometheus_javaagent.jar").port(8090))
        .build();
    MonitoringSpec viaPart = MonitoringSpec.builder()
        .exposeDriverMetrics(true)
        .exposeExecutorMetrics(false)
        .prometheus(PrometheusSpec.builder().jmxExporterJar("/prometheus/jmx_prometheus_javaagent.jar").port(8090).build())
        .build();

    assertThat(viaConsumer).isEqualTo(viaPart).hasSameHashCodeAs(viaPart);
    assertThat(viaConsumer.exposeDriverMetrics()).isTrue();
    assertThat(viaConsumer.exposeExecutorMetrics()).isFalse();
  }

  @Test
  void thePrometheusConsumerFailsWithoutTheExporterJar() {
    assertThatExceptionOfType(InvalidArgumentException.class)
        .isThrownBy(() -> MonitoringSpec.builder().prometheus(p -> p.port(8090)))
        .withMessage("Cannot build PrometheusSpec, some of required attributes are not set [jmxExporterJar]");
  }
}
