package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * Metrics exposure of driver and executors ({@code spec.monitoring}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableMonitoringSpec.class)
@JsonDeserialize(as = ImmutableMonitoringSpec.class)
public interface MonitoringSpec {
  /**
   * ExposeDriverMetrics specifies whether to expose metrics on the driver. <p>Manifest field {@code
   * exposeDriverMetrics}.
   */
  Boolean exposeDriverMetrics();

  /**
   * ExposeExecutorMetrics specifies whether to expose metrics on the executors. <p>Manifest field {@code
   * exposeExecutorMetrics}.
   */
  Boolean exposeExecutorMetrics();

  /**
   * MetricsProperties is the content of a custom metrics.properties for configuring the Spark metric
   * system. <p>Manifest field {@code metricsProperties}.
   */
  Optional<String> metricsProperties();

  /**
   * MetricsPropertiesFile is the container local path of file metrics.properties for configuring the
   * Spark metric system. <p>Manifest field {@code metricsPropertiesFile}.
   */
  Optional<String> metricsPropertiesFile();

  /**
   * Prometheus is for configuring the Prometheus JMX exporter. <p>Manifest field {@code prometheus}.
   */
  Optional<PrometheusSpec> prometheus();

  /**
   * Fields the SDK does not model, kept only when a manifest was read in lenient mode so that they are
   * written back rather than dropped. Empty for values built in code.
   */
  @JsonAnyGetter
  Map<String, Object> additionalProperties();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MonitoringSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableMonitoringSpec.Builder {
    /**
     * Sets {@code prometheus} to a value built by {@code spec} on a fresh {@link PrometheusSpec.Builder}.
     *
     * @return this builder
     */
    public Builder prometheus(Consumer<? super PrometheusSpec.Builder> spec) {
      PrometheusSpec value = Builders.configure(PrometheusSpec::builder, spec, PrometheusSpec.Builder::build);
      return prometheus(value);
    }

  }
}
