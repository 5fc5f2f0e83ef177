package dev.sparkapp.core.apache;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sparkapp.core.SparkStyle;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * What the Apache operator tolerates while an application runs: restarts, timeouts, executor bounds
 * and how long it keeps resources afterwards ({@code spec.applicationTolerations}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableApplicationTolerations.class)
@JsonDeserialize(as = ImmutableApplicationTolerations.class)
public interface ApplicationTolerations {
  /**
   * When and how often the operator restarts the application. <p>Manifest field {@code restartConfig}.
   */
  Optional<RestartConfig> restartConfig();

  /**
   * How long the operator waits for each step; {@code driverReadyTimeoutMillis} bounds how long the
   * driver may take to become Ready. <p>Manifest field {@code applicationTimeoutConfig}.
   */
  Optional<ApplicationTimeoutConfig> applicationTimeoutConfig();

  /**
   * How many executors the application starts with and keeps. <p>Manifest field {@code instanceConfig}.
   */
  Optional<ExecutorInstanceConfig> instanceConfig();

  /**
   * Whether the operator keeps the driver, executors and their resources after the application stops;
   * its default is {@code Never}. <p>Manifest field {@code resourceRetainPolicy}.
   */
  Optional<ResourceRetainPolicy> resourceRetainPolicy();

  /**
   * How long resources are kept after the application stops when the retain policy keeps them; -1 (the
   * default) for ever. <p>Manifest field {@code resourceRetainDurationMillis}.
   */
  Optional<Long> resourceRetainDurationMillis();

  /**
   * How long after the application stops the operator deletes the SparkApplication itself; -1 (the
   * default) never. <p>Manifest field {@code ttlAfterStopMillis}.
   */
  Optional<Long> ttlAfterStopMillis();

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

  /** Builds a {@link ApplicationTolerations}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableApplicationTolerations.Builder {
    /**
     * Sets {@code restartConfig} to a value built by {@code spec} on a fresh {@link RestartConfig.Builder}.
     *
     * @return this builder
     */
    public Builder restartConfig(Consumer<? super RestartConfig.Builder> spec) {
      RestartConfig.Builder builder = RestartConfig.builder();
      spec.accept(builder);
      return restartConfig(builder.build());
    }

    /**
     * Sets {@code applicationTimeoutConfig} to a value built by {@code spec} on a fresh {@link ApplicationTimeoutConfig.Builder}.
     *
     * @return this builder
     */
    public Builder applicationTimeoutConfig(Consumer<? super ApplicationTimeoutConfig.Builder> spec) {
      ApplicationTimeoutConfig.Builder builder = ApplicationTimeoutConfig.builder();
      spec.accept(builder);
      return applicationTimeoutConfig(builder.build());
    }

    /**
     * Sets {@code instanceConfig} to a value built by {@code spec} on a fresh {@link ExecutorInstanceConfig.Builder}.
     *
     * @return this builder
     */
    public Builder instanceConfig(Consumer<? super ExecutorInstanceConfig.Builder> spec) {
      ExecutorInstanceConfig.Builder builder = ExecutorInstanceConfig.builder();
      spec.accept(builder);
      return instanceConfig(builder.build());
    }
  }
}
