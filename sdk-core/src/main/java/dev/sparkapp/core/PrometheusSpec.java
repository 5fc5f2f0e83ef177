package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Prometheus JMX exporter settings ({@code spec.monitoring.prometheus}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutablePrometheusSpec.class)
@JsonDeserialize(as = ImmutablePrometheusSpec.class)
public interface PrometheusSpec {
  /**
   * JmxExporterJar is the path to the Prometheus JMX exporter jar in the container. <p>Manifest field
   * {@code jmxExporterJar}.
   */
  String jmxExporterJar();

  /**
   * Port is the port of the HTTP server run by the Prometheus JMX exporter. <p>Manifest field {@code
   * port}.
   */
  Optional<Integer> port();

  /**
   * PortName is the port name of prometheus JMX exporter port. <p>Manifest field {@code portName}.
   */
  Optional<String> portName();

  /**
   * ConfigFile is the path to the custom Prometheus configuration file provided in the Spark image.
   * <p>Manifest field {@code configFile}.
   */
  Optional<String> configFile();

  /**
   * Configuration is the content of the Prometheus configuration needed by the Prometheus JMX exporter.
   * <p>Manifest field {@code configuration}.
   */
  Optional<String> configuration();

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

  /** Builds a {@link PrometheusSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutablePrometheusSpec.Builder {}
}
