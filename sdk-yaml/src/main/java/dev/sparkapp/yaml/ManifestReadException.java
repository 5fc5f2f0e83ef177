package dev.sparkapp.yaml;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document has several field errors (an {@link UnknownFieldException} and an {@link InvalidValueException},
 * say), all found in one read so that one run shows them all. {@link #errors()} holds each as its own typed
 * exception with its path and {@code source:line:column}, in source order; the message lists their messages,
 * one per line. {@link #position()} and {@link #path()} are those of the first. A document with a single
 * error throws that error's own type instead.
 */
public final class ManifestReadException extends ManifestException {
  private static final long serialVersionUID = 1L;

  private final List<ManifestException> errors;

  ManifestReadException(List<ManifestException> errors) {
    super(errors.get(0).position().orElse(null), errors.get(0).path(),
        errors.size() + " errors in one document: " + errors.stream().map(ManifestException::getMessage)
            .collect(Collectors.joining("; ")),
        errors.stream().map(ManifestException::getMessage).collect(Collectors.joining("\n")));
    this.errors = List.copyOf(errors);
  }

  /** Each field error of the document, in source order; at least two. */
  @Override
  public List<ManifestException> errors() {
    return errors;
  }
}
