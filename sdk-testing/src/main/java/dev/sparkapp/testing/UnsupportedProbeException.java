package dev.sparkapp.testing;

import dev.sparkapp.core.SparkAppException;

/**
 * The {@link ProbeRunner} cannot evaluate a probe: it has no handler or more than one, or uses a handler
 * the runner does not implement (gRPC, HTTPS), or a named port it was not told about.
 */
public final class UnsupportedProbeException extends SparkAppException {
  private static final long serialVersionUID = 1L;

  UnsupportedProbeException(String message) {
    super(message);
  }
}
