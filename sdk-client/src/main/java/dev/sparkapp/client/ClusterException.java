package dev.sparkapp.client;

import dev.sparkapp.core.SparkAppException;

/**
 * A request to the Kubernetes API server failed. The subclasses name the failure kinds that have a
 * known fix ({@link UnauthorizedException}, {@link ConflictException}, ...); this class itself is thrown
 * for any other answer of the server (for example a 500 or a 429), with the server's message.
 *
 * <p>The message says which resource and operation failed, on which API server, and what to do. It
 * never contains credentials.
 */
public class ClusterException extends SparkAppException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status code, 0 when there was no answer. */
  private final int statusCode;

  ClusterException(String message, int statusCode, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
  }

  /** Returns the HTTP status code the API server answered, or 0 when there was no answer. */
  public int statusCode() {
    return statusCode;
  }
}
