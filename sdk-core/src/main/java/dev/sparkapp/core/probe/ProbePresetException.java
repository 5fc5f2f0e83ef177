package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkAppException;
import java.util.Objects;

/**
 * A probe preset cannot be applied as asked: it does not fit the pod (a Spark UI probe on an executor),
 * the application's configuration rules it out ({@code spark.ui.enabled=false}, a random port), or it
 * would overwrite something the user set (another log4j2 configuration, a volume of the same name); or
 * the preset itself was asked for wrongly (an unknown name, a timing of zero seconds).
 * The message names the field and says how to fix it.
 */
public final class ProbePresetException extends SparkAppException {
  private static final long serialVersionUID = 1L;

  private final transient FieldPath path;

  ProbePresetException(FieldPath path, String message) {
    super(path + ": " + message);
    this.path = Objects.requireNonNull(path, "path");
  }

  /** A preset asked for with a value it cannot take (a name, a timing); no manifest field is involved. */
  ProbePresetException(String message) {
    super(message);
    this.path = FieldPath.root();
  }

  /** Returns the path of the field that stops the preset, the root when the preset itself was asked wrongly. */
  public FieldPath path() {
    return path;
  }
}
