package dev.sparkapp.core.validate;

import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;

/**
 * A family of checks over the Apache operator's resources ({@code spark.apache.org}), each taken from what
 * the operator 1.0.0 does with the field. Like {@link Rule}, a family only reads the model and reports to
 * {@link Findings}.
 */
interface ApacheRule {
  /** Checks an Apache SparkApplication. */
  default void checkApplication(ApacheSparkApplication app, Findings findings) {}

  /** Checks an Apache SparkCluster. */
  default void checkCluster(ApacheSparkCluster cluster, Findings findings) {}
}
