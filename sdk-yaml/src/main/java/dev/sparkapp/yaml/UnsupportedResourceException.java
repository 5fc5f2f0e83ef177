package dev.sparkapp.yaml;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;

/**
 * The document is a resource of the spark-operator's API group that this SDK does not model (another version such as {@code sparkoperator.k8s.io/v1beta1}, or another kind); the message names what is supported.
 */
public final class UnsupportedResourceException extends ManifestException {
  private static final long serialVersionUID = 1L;

  UnsupportedResourceException(SourcePosition position, FieldPath path, String reason) {
    super(position, path, reason);
  }
}
