package dev.sparkapp.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The reference text the benchmark manifests must equal, and multi-document inputs made from one. */
final class ReferenceManifests {
  /** The classpath resource holding {@code testdata/bench/spark-pi-with-probes.yaml} (the build copies it in). */
  static final String SPARK_PI_WITH_PROBES = "spark-pi-with-probes.yaml";

  private ReferenceManifests() {}

  /** Returns the reference spark-pi-with-probes manifest, comments included. */
  static String sparkPiWithProbes() {
    try (InputStream in = ReferenceManifests.class.getResourceAsStream(SPARK_PI_WITH_PROBES)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + SPARK_PI_WITH_PROBES);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns {@code count} copies of one YAML document as a single {@code ---}-separated stream. */
  static String repeat(String document, int count) {
    String body = document.startsWith("---") ? document : "---\n" + document;
    String terminated = body.endsWith("\n") ? body : body + "\n";
    return terminated.repeat(count);
  }
}
