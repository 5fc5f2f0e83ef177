package dev.sparkapp.client;

/**
 * The API server refused a write because of a conflict (HTTP 409): another field manager owns
 * fields that a server-side apply changes, the resource already exists, or it changed since it was read.
 * The message says which, and whether to re-apply with {@code force} or to retry.
 */
public final class ConflictException extends ClusterException {
  private static final long serialVersionUID = 1L;

  ConflictException(String message, int statusCode, Throwable cause) {
    super(message, statusCode, cause);
  }
}
