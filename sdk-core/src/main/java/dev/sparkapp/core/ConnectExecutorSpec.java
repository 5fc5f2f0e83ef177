package dev.sparkapp.core;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The executor pods of a SparkConnect server ({@code spec.executor}). The operator writes {@code template}
 * into a ConfigMap that the server reads as {@code spark.kubernetes.executor.podTemplateFile}, with
 * {@code spark-kubernetes-executor} as the container Spark runs in.
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableConnectExecutorSpec.class)
@JsonDeserialize(as = ImmutableConnectExecutorSpec.class)
public interface ConnectExecutorSpec extends SparkPodResources {
  /**
   * Instances is the number of executor instances. <p>Manifest field {@code instances}.
   */
  Optional<Integer> instances();

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

  /** Builds a {@link ConnectExecutorSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableConnectExecutorSpec.Builder implements ProbeMethods<Builder> {}
}
