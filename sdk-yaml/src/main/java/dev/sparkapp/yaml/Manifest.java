package dev.sparkapp.yaml;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@link SparkYaml#read(String)} returns: the non-empty documents of one source, in order, each
 * with its typed resource and source positions.
 */
public final class Manifest {
  private final String source;
  private final List<ManifestDocument> documents;

  Manifest(String source, List<ManifestDocument> documents) {
    this.source = source;
    this.documents = List.copyOf(documents);
  }

  /** The name of the source: a file path, {@code <stdin>} or {@code <string>}. */
  public String source() {
    return source;
  }

  /** The documents, in source order. */
  public List<ManifestDocument> documents() {
    return documents;
  }

  /** The typed resources of all documents, in source order. */
  public List<Object> resources() {
    return documents.stream().map(ManifestDocument::resource).collect(Collectors.toUnmodifiableList());
  }

  /** The resources that are instances of {@code type}, in source order. */
  public <T> List<T> resourcesOf(Class<T> type) {
    return documents.stream().map(ManifestDocument::resource).filter(type::isInstance).map(type::cast)
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    return "Manifest{" + source + ", " + documents.size() + " document(s)}";
  }
}
