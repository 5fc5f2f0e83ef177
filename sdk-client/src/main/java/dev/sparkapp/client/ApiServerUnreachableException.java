package dev.sparkapp.client;

/**
 * The Kubernetes API server could not be reached (connection refused, unknown host, TLS
 * failure or time-out). Check that the cluster runs and that the kubeconfig context points to it.
 */
public final class ApiServerUnreachableException extends ClusterException {
  private static final long serialVersionUID = 1L;

  ApiServerUnreachableException(String message, int statusCode, Throwable cause) {
    super(message, statusCode, cause);
  }
}
