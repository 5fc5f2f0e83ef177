package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A kubeflow spark-operator {@code ScheduledSparkApplication} ({@value SparkResource#API_VERSION}): a {@link SparkApplicationSpec} run on a cron schedule.
 *
 * <pre>{@code
 * ScheduledSparkApplication nightly = ScheduledSparkApplication.builder()
 *     .metadata(m -> m.withName("nightly").withNamespace("default"))
 *     .spec(s -> s.schedule("0 2 * * *").concurrencyPolicy(ConcurrencyPolicy.FORBID)
 *         .template(t -> t.type(SparkApplicationType.SCALA).sparkVersion("4.0.1")
 *             .mainApplicationFile("local:///opt/app.jar")))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable; {@code builder().from(existing)} starts a changed copy.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableScheduledSparkApplication.class)
@JsonDeserialize(as = ImmutableScheduledSparkApplication.class)
@JsonPropertyOrder({"apiVersion", "kind", "metadata", "spec", "status"})
public interface ScheduledSparkApplication extends SparkResource {
  /** The kind of this resource in manifests. */
  String KIND = "ScheduledSparkApplication";

  @Override
  @Value.Derived
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Derived
  default String kind() {
    return KIND;
  }

  @Override
  ObjectMeta metadata();

  /** The desired state. */
  ScheduledSparkApplicationSpec spec();

  /** The observed state, written by the operator; empty for resources built in code. */
  Optional<ScheduledSparkApplicationStatus> status();

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

  /** Builds a {@link ScheduledSparkApplication}; the only way to create or change one. */
  final class Builder extends ImmutableScheduledSparkApplication.Builder implements KindBuilder<Builder> {
    /**
     * Builds the ScheduledSparkApplication with the probes that the pod builders of its {@code template}
     * recorded attached by {@code ProbeSet}, as {@link SparkApplication.Builder#build()} does for an
     * application: every run of the schedule gets them, and the built value's
     * {@link SparkResource#companions()} lists what they need beside it.
     *
     * @throws SparkAppException ({@code ProbePresetException}) when a recorded preset does not fit the template
     */
    @Override
    public ScheduledSparkApplication build() {
      return ProbeSupport.get().attachRecorded(super.build());
    }

    /**
     * Sets {@code spec} to a value built by {@code spec} on a fresh {@link ScheduledSparkApplicationSpec.Builder}.
     *
     * @return this builder
     */
    public Builder spec(Consumer<? super ScheduledSparkApplicationSpec.Builder> spec) {
      ScheduledSparkApplicationSpec value = Builders.configure(ScheduledSparkApplicationSpec::builder, spec, ScheduledSparkApplicationSpec.Builder::build);
      return spec(value);
    }
  }
}
