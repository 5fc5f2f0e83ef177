package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.ScheduledSparkApplicationSpec;
import dev.sparkapp.core.SparkConnectSpec;
import dev.sparkapp.core.SparkPodSpec;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.core.probe.SparkPod;

/**
 * A family of checks over the typed model. The {@link Validator} walks each resource once, through the
 * parts its kind declares ({@code ResourceKind.parts}), and calls the hooks that fit each part's type; a family implements the ones it needs. Rules only read the model and report to
 * {@link Findings}; they never stop at the first problem.
 */
interface Rule {
  /** Checks the resource as a whole: its metadata. */
  default void checkResource(SparkResource resource, Findings findings) {}

  /** Checks a schedule part ({@code spec} of a ScheduledSparkApplication), standing at {@code at}. */
  default void checkSchedule(ScheduledSparkApplicationSpec spec, FieldPath at, Findings findings) {}

  /**
   * Checks one application spec: {@code spec} of a SparkApplication or {@code spec.template} of a
   * ScheduledSparkApplication, standing at {@code at}.
   */
  default void checkSpec(SparkApplicationSpec spec, FieldPath at, Findings findings) {}

  /**
   * Checks a SparkConnect part: its spec, its server and its executors, standing at {@code at}, in the
   * resource {@code owner}.
   */
  default void checkConnect(SparkConnectSpec spec, FieldPath at, SparkResource owner, Findings findings) {}

  /** Checks the driver or executor part {@code pod} of {@code spec}, standing at {@code at}. */
  default void checkPod(SparkApplicationSpec spec, SparkPod role, SparkPodSpec pod, FieldPath at, Findings findings) {}
}
