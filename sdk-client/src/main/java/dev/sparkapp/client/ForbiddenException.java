package dev.sparkapp.client;

/**
 * The API server refused the operation to the authenticated user (HTTP 403): RBAC does not
 * allow it. The message names the verb, resource and namespace to ask permission for.
 */
public final class ForbiddenException extends ClusterException {
  private static final long serialVersionUID = 1L;

  ForbiddenException(String message, int statusCode, Throwable cause) {
    super(message, statusCode, cause);
  }
}
