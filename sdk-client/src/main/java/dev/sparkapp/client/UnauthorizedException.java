package dev.sparkapp.client;

/**
 * The API server rejected the credentials (HTTP 401): they are missing, wrong or expired.
 * Refresh the credentials of the kubeconfig context (log in again) and retry.
 */
public final class UnauthorizedException extends ClusterException {
  private static final long serialVersionUID = 1L;

  UnauthorizedException(String message, int statusCode, Throwable cause) {
    super(message, statusCode, cause);
  }
}
