package dev.sparkapp.client;

import java.util.List;

/**
 * The API server rejected a resource as invalid (HTTP 422), usually because it breaks the CRD's OpenAPI
 * schema or a CEL rule. {@link #causes()} lists the server's reasons, one per field; the message lists
 * them too.
 */
public final class InvalidResourceException extends ClusterException {
  private static final long serialVersionUID = 1L;

  /** The server's causes, {@code field: message}. */
  private final List<String> causes;

  InvalidResourceException(String message, List<String> causes, Throwable cause) {
    super(message, 422, cause);
    this.causes = List.copyOf(causes);
  }

  /**
   * Returns the server's causes, each as {@code field: message} (for example
   * {@code spec.driver.cores: Invalid value: 0: spec.driver.cores in body should be greater than or equal
   * to 1}); empty when the server gave none.
   */
  public List<String> causes() {
    return causes;
  }
}
