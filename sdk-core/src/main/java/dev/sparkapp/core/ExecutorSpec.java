package dev.sparkapp.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The executor pods of a Spark application ({@code spec.executor}).
 */
@Value.Immutable
@SparkStyle
@JsonSerialize(as = ImmutableExecutorSpec.class)
@JsonDeserialize(as = ImmutableExecutorSpec.class)
public interface ExecutorSpec extends SparkPodSpec {
  /**
   * Instances is the number of executor instances. <p>Manifest field {@code instances}.
   */
  Optional<Integer> instances();

  /**
   * DeleteOnTermination specify whether executor pods should be deleted in case of failure or normal
   * termination. <p>Manifest field {@code deleteOnTermination}.
   */
  Optional<Boolean> deleteOnTermination();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ExecutorSpec}; the only way to create or change one ({@code from(existing)} copies). */
  final class Builder extends ImmutableExecutorSpec.Builder implements ProbeMethods<Builder> {}
}
