package dev.sparkapp.testing;

import dev.sparkapp.yaml.UnifiedDiff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A snapshot file holding the expected canonical YAML of a test. Compares output with it, and writes it
 * when it is missing or when {@code -Dsparkapp.updateSnapshots=true} asks for new snapshots. Not public
 * API; {@code matchesSnapshot(Path)} is.
 *
 * <p>On a CI server (the {@code CI} environment variable is set, as GitHub Actions, GitLab CI and most
 * others do) a missing snapshot is a failure rather than written, so that an unreviewed snapshot never
 * passes a build.
 */
final class GoldenFile {
  /** The system property that, set to {@code true}, rewrites every snapshot compared. */
  static final String UPDATE_PROPERTY = "sparkapp.updateSnapshots";

  private final Path path;
  private final boolean update;
  private final boolean onCi;

  GoldenFile(Path path, boolean update, boolean onCi) {
    this.path = path;
    this.update = update;
    this.onCi = onCi;
  }

  /** The snapshot at {@code path}, configured from the system property and the environment. */
  static GoldenFile at(Path path) {
    return new GoldenFile(path, Boolean.getBoolean(UPDATE_PROPERTY), System.getenv("CI") != null);
  }

  /** What happened when output was compared with the snapshot. */
  sealed interface Outcome permits Matched, Written, Differs, Missing {}

  /** The output equals the snapshot. */
  record Matched() implements Outcome {}

  /** The snapshot was written with the output; {@code reason} says why. */
  record Written(String reason) implements Outcome {}

  /** The output differs from the snapshot {@code expected}; {@code diff} is unified, snapshot first. */
  record Differs(String expected, String diff) implements Outcome {}

  /** There is no snapshot and none may be written here. */
  record Missing() implements Outcome {}

  /** Compares {@code output} with the snapshot, writing the snapshot when it is missing or updating. */
  Outcome compare(String output) {
    Optional<String> expected = read();
    if (update) {
      if (expected.isPresent() && expected.get().equals(output)) {
        return new Matched();
      }
      write(output);
      return new Written(UPDATE_PROPERTY + "=true");
    }
    if (expected.isEmpty()) {
      if (onCi) {
        return new Missing();
      }
      write(output);
      return new Written("there was no snapshot");
    }
    if (expected.get().equals(output)) {
      return new Matched();
    }
    return new Differs(expected.get(),
        UnifiedDiff.between(path + " (snapshot)", expected.get(), "actual", output));
  }

  /** The snapshot's text with line endings made {@code \n}, so a checkout with CRLF still matches. */
  private Optional<String> read() {
    try {
      return Optional.of(Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot " + path, e);
    }
  }

  /** Writes through a temporary file in the same directory, then moves it into place atomically. */
  private void write(String output) {
    try {
      Path dir = path.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
      try {
        Files.writeString(temp, output, StandardCharsets.UTF_8);
        try {
          Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write snapshot " + path, e);
    }
  }
}
