package dev.sparkapp.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SourcePosition;
import dev.sparkapp.core.SparkResource;
import java.util.Map;
import java.util.Optional;

/**
 * One document of a {@link Manifest}: the typed resource it holds and where each of its fields stands in
 * the source text.
 */
public final class ManifestDocument {
  private final int index;
  private final Object resource;
  private final ParsedDocument parsed;

  ManifestDocument(int index, Object resource, ParsedDocument parsed) {
    this.index = index;
    this.resource = resource;
    this.parsed = parsed;
  }

  /** The 0-based position of this document among the non-empty documents of its source. */
  public int index() {
    return index;
  }

  /**
   * The typed resource: a {@link dev.sparkapp.core.SparkApplication}, a
   * {@link dev.sparkapp.core.ScheduledSparkApplication}, or for every other kind a fabric8 resource
   * ({@code ConfigMap}, {@code Service}, ... or {@code GenericKubernetesResource} for kinds fabric8 does
   * not know).
   */
  public Object resource() {
    return resource;
  }

  /** Returns {@code true} when the document is a resource of the spark-operator that the SDK models. */
  public boolean isSparkResource() {
    return resource instanceof SparkResource;
  }

  /** Where the document starts. */
  public SourcePosition start() {
    return parsed.start();
  }

  /**
   * Where the field at {@code path} stands: the position of its key (or list element). For a field that
   * is absent, the position of its nearest present ancestor, so that a "missing field" can still be
   * pointed at.
   */
  public Optional<SourcePosition> positionOf(FieldPath path) {
    Map<FieldPath, SourcePosition> positions = parsed.positions();
    for (FieldPath at = path; at != null; at = at.parent().orElse(null)) {
      SourcePosition position = positions.get(at);
      if (position != null) {
        return Optional.of(position);
      }
    }
    return Optional.of(parsed.start());
  }

  /** The fields whose null was dropped as the API server drops it, in document order. */
  java.util.List<FieldPath> prunedNulls() {
    return parsed.prunedNulls();
  }

  /** The document as read, as a Jackson tree (for schema validation in this package). */
  JsonNode tree() {
    return parsed.tree();
  }

  @Override
  public String toString() {
    return "ManifestDocument{" + start() + ", " + resource.getClass().getSimpleName() + "}";
  }
}
