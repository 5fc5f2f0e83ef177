package dev.sparkapp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenFileTest {
  @TempDir Path dir;

  private Path snapshot(String text) throws IOException {
    return Files.writeString(dir.resolve("app.yaml"), text);
  }

  @Test
  void equalOutputMatches() throws IOException {
    Path file = snapshot("kind: SparkApplication\n");
    assertThat(new GoldenFile(file, false, false).compare("kind: SparkApplication\n"))
        .isEqualTo(new GoldenFile.Matched());
  }

  @Test
  void windowsLineEndingsInTheSnapshotStillMatch() throws IOException {
    Path file = snapshot("a: 1\r\nb: 2\r\n");
    assertThat(new GoldenFile(file, false, false).compare("a: 1\nb: 2\n")).isEqualTo(new GoldenFile.Matched());
  }

  @Test
  void differentOutputGivesTheSnapshotAndADiffAndLeavesTheFile() throws IOException {
    Path file = snapshot("a: 1\n");
    GoldenFile.Outcome outcome = new GoldenFile(file, false, false).compare("a: 2\n");

    assertThat(outcome).isEqualTo(new GoldenFile.Differs("a: 1\n",
        "--- " + file + " (snapshot)\n+++ actual\n@@ -1,1 +1,1 @@\n-a: 1\n+a: 2\n"));
    assertThat(file).hasContent("a: 1");
  }

  @Test
  void aMissingSnapshotIsWrittenIncludingItsDirectories() {
    Path file = dir.resolve("snapshots/nested/app.yaml");
    GoldenFile.Outcome outcome = new GoldenFile(file, false, false).compare("a: 1\n");

    assertThat(outcome).isEqualTo(new GoldenFile.Written("there was no snapshot"));
    assertThat(file).hasContent("a: 1");
    assertThat(file.getParent()).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void onCiAMissingSnapshotIsNotWritten() {
    Path file = dir.resolve("app.yaml");
    assertThat(new GoldenFile(file, false, true).compare("a: 1\n")).isEqualTo(new GoldenFile.Missing());
    assertThat(file).doesNotExist();
  }

  @Test
  void updatingRewritesADifferentSnapshotEvenOnCi() throws IOException {
    Path file = snapshot("a: 1\n");
    assertThat(new GoldenFile(file, true, true).compare("a: 2\n"))
        .isEqualTo(new GoldenFile.Written("sparkapp.updateSnapshots=true"));
    assertThat(file).hasContent("a: 2");
  }

  @Test
  void updatingLeavesAnEqualSnapshotAlone() throws IOException {
    Path file = snapshot("a: 1\n");
    assertThat(new GoldenFile(file, true, false).compare("a: 1\n")).isEqualTo(new GoldenFile.Matched());
  }

  @Test
  void atReadsTheUpdateProperty() {
    String before = System.getProperty(GoldenFile.UPDATE_PROPERTY);
    try {
      System.setProperty(GoldenFile.UPDATE_PROPERTY, "true");
      Path file = dir.resolve("app.yaml");
      assertThat(GoldenFile.at(file).compare("a: 1\n"))
          .isEqualTo(new GoldenFile.Written("sparkapp.updateSnapshots=true"));
    } finally {
      if (before == null) {
        System.clearProperty(GoldenFile.UPDATE_PROPERTY);
      } else {
        System.setProperty(GoldenFile.UPDATE_PROPERTY, before);
      }
    }
  }
}
