package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * The desired state of a ScheduledSparkApplication ({@code spec}): a cron schedule and the
 * SparkApplication spec it runs.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableScheduledSparkApplicationSpec.class)
@JsonDeserialize(as = ImmutableScheduledSparkApplicationSpec.class)
public interface ScheduledSparkApplicationSpec {
  /**
   * Schedule is a cron schedule on which the application should run. <p>Manifest field {@code schedule}.
   */
  Optional<String> schedule();

  /**
   * TimeZone is the time zone in which the cron schedule will be interpreted in. <p>Manifest field
   * {@code timeZone}.
   */
  Optional<String> timeZone();

  /**
   * Template is a template from which SparkApplication instances can be created. <p>Manifest field
   * {@code template}.
   */
  Optional<SparkApplicationSpec> template();

  /**
   * Suspend is a flag telling the controller to suspend subsequent runs of the application if set to
   * true. <p>Manifest field {@code suspend}.
   */
  Optional<Boolean> suspend();

  /**
   * ConcurrencyPolicy is the policy governing concurrent SparkApplication runs. <p>Manifest field {@code
   * concurrencyPolicy}. The CRD takes any string, so the model keeps it as written; {@link
   * #concurrencyPolicyType()} gives the typed view.
   */
  Optional<String> concurrencyPolicy();

  /**
   * Returns {@link #concurrencyPolicy()} as a typed constant; empty when it is not set or is a value the
   * operator does not know (then the operator starts no run while an earlier run's SparkApplication exists).
   */
  default Optional<ConcurrencyPolicy> concurrencyPolicyType() {
    return concurrencyPolicy().flatMap(ConcurrencyPolicy::find);
  }

  /**
   * SuccessfulRunHistoryLimit is the number of past successful runs of the application to keep.
   * <p>Manifest field {@code successfulRunHistoryLimit}.
   */
  Optional<Integer> successfulRunHistoryLimit();

  /**
   * FailedRunHistoryLimit is the number of past failed runs of the application to keep. <p>Manifest
   * field {@code failedRunHistoryLimit}.
   */
  Optional<Integer> failedRunHistoryLimit();

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

  /** Builds a {@link ScheduledSparkApplicationSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableScheduledSparkApplicationSpec.Builder {
    /**
     * Sets {@code template} to a value built by {@code spec} on a fresh {@link SparkApplicationSpec.Builder}.
     *
     * @return this builder
     */
    public Builder template(Consumer<? super SparkApplicationSpec.Builder> spec) {
      SparkApplicationSpec value = Builders.configure(SparkApplicationSpec::builder, spec, SparkApplicationSpec.Builder::build);
      return template(value);
    }

    /**
     * Sets {@code concurrencyPolicy} to the spelling of {@code policy}.
     *
     * @return this builder
     */
    public Builder concurrencyPolicy(ConcurrencyPolicy policy) {
      return concurrencyPolicy(policy == null ? null : policy.value());
    }

  }
}
