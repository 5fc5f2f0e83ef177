package dev.sparkapp.testing;

import dev.sparkapp.core.ConnectServerSpec;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkPod;

/**
 * Assertions on the Spark Connect server of a SparkConnect ({@code spec.server}); its Spark container is
 * the template container named {@code spark-kubernetes-driver}, where the operator runs the server.
 */
public class ConnectServerSpecAssert extends AbstractSparkPodAssert<ConnectServerSpecAssert, ConnectServerSpec> {
  /**
   * Creates an assertion on {@code actual}; prefer {@code assertThat(connect).server()}.
   *
   * @param actual the server spec under test, or {@code null} when not set
   */
  public ConnectServerSpecAssert(ConnectServerSpec actual) {
    super(actual, ConnectServerSpecAssert.class, declared(SparkConnect.class, SparkPod.DRIVER));
  }
}
