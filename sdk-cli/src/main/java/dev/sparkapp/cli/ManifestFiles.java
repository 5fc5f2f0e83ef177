package dev.sparkapp.cli;

import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.yaml.Manifest;
import dev.sparkapp.yaml.ManifestFormat;
import dev.sparkapp.yaml.SparkYaml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Reads manifests from files or standard input ({@code -}) and rewrites files atomically. */
final class ManifestFiles {
  /** The file name that means standard input. */
  static final String STDIN = "-";

  private ManifestFiles() {}

  /** Reads {@code file}, or standard input when it is {@code -}. */
  static Manifest read(SparkYaml yaml, String file, InputStream stdin) {
    return STDIN.equals(file) ? yaml.read(stdin, "<stdin>") : yaml.read(Path.of(file));
  }

  /** The name positions give {@code file}: the path as given, or {@code <stdin>} for {@code -}. */
  static String sourceName(String file) {
    return STDIN.equals(file) ? "<stdin>" : file;
  }

  /** The text of {@code file}, or of standard input when it is {@code -}, as the reader decodes it. */
  static String text(String file, InputStream stdin) {
    return STDIN.equals(file) ? ManifestFormat.readText(stdin, "<stdin>") : ManifestFormat.readText(Path.of(file));
  }

  /** Replaces {@code file}'s content by {@code text}: written beside it, then moved over it atomically. */
  static void rewrite(Path file, String text) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
      try {
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new SparkAppException(file + ": cannot write: " + e.getMessage(), e);
    }
  }
}
