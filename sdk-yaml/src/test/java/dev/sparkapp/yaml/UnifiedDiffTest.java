package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  /** Lines "1" to "n", each ending with a newline. */
  private static String lines(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(Integer::toString).collect(Collectors.joining("\n", "", "\n"));
  }

  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.between("a", lines(5), "b", lines(5))).isEmpty();
  }

  @Test
  void aChangedLineIsRemovedThenAddedWithThreeLinesOfContext() {
    String changed = lines(10).replace("\n5\n", "\nfive\n");
    assertThat(UnifiedDiff.between("old", lines(10), "new", changed)).isEqualTo("""
        --- old
        +++ new
        @@ -2,7 +2,7 @@
         2
         3
         4
        -5
        +five
         6
         7
         8
        """);
  }

  @Test
  void linesAddedAtTheEndAreCounted() {
    assertThat(UnifiedDiff.between("old", lines(2), "new", lines(4))).isEqualTo("""
        --- old
        +++ new
        @@ -1,2 +1,4 @@
         1
         2
        +3
        +4
        """);
  }

  @Test
  void aLineRemovedAtTheStartIsCounted() {
    assertThat(UnifiedDiff.between("old", lines(3), "new", "2\n3\n")).isEqualTo("""
        --- old
        +++ new
        @@ -1,3 +1,2 @@
        -1
         2
         3
        """);
  }

  @Test
  void aLineAddedToAnEmptyTextNamesLineZero() {
    assertThat(UnifiedDiff.between("old", "", "new", "x\n")).isEqualTo("""
        --- old
        +++ new
        @@ -0,0 +1,1 @@
        +x
        """);
  }

  @Test
  void distantChangesMakeSeparateHunks() {
    String changed = lines(20).replace("\n2\n", "\ntwo\n").replace("\n19\n", "\nnineteen\n");
    assertThat(UnifiedDiff.between("old", lines(20), "new", changed)).isEqualTo("""
        --- old
        +++ new
        @@ -1,5 +1,5 @@
         1
        -2
        +two
         3
         4
         5
        @@ -16,5 +16,5 @@
         16
         17
         18
        -19
        +nineteen
         20
        """);
  }

  @Test
  void nearbyChangesShareAHunk() {
    String changed = lines(12).replace("\n3\n", "\nthree\n").replace("\n8\n", "\neight\n");
    assertThat(UnifiedDiff.between("old", lines(12), "new", changed)).isEqualTo("""
        --- old
        +++ new
        @@ -1,11 +1,11 @@
         1
         2
        -3
        +three
         4
         5
         6
         7
        -8
        +eight
         9
         10
         11
        """);
  }
}
