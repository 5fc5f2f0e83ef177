package dev.sparkapp.client;

/**
 * The resource, or the namespace it lives in, does not exist (HTTP 404). Check the name and the
 * namespace.
 */
public final class NotFoundException extends ClusterException {
  private static final long serialVersionUID = 1L;

  NotFoundException(String message, int statusCode, Throwable cause) {
    super(message, statusCode, cause);
  }
}
