package dev.sparkapp.client;

/**
 * The API server does not serve the resource type: for {@code SparkApplication} and
 * {@code ScheduledSparkApplication} this means the kubeflow spark-operator (its CRDs) is not installed on
 * the cluster. Install the operator, or point the client at a cluster that has it.
 */
public final class OperatorNotInstalledException extends ClusterException {
  private static final long serialVersionUID = 1L;

  OperatorNotInstalledException(String message, int statusCode, Throwable cause) {
    super(message, statusCode, cause);
  }
}
