package dev.sparkapp.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff printed in the unified format of {@code diff -u} and {@code git diff}: {@code ---} and
 * {@code +++} headers, then hunks of changes with three lines of context. What a snapshot assertion of
 * {@code sdk-testing} and the Maven plugin's {@code check-format} goal print when text differs from its
 * canonical form.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** One line of the edit script: kept ({@code ' '}), removed ({@code '-'}) or added ({@code '+'}). */
  private record Edit(char kind, String line, int oldLine, int newLine) {}

  /**
   * Returns the unified diff that turns {@code oldText} into {@code newText}, or an empty string when
   * their lines are equal.
   */
  public static String between(String oldName, String oldText, String newName, String newText) {
    List<Edit> edits = edits(oldText.lines().toList(), newText.lines().toList());
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).kind() == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      // Extend the hunk while the next change is within two contexts of the last one.
      for (int j = i; j < edits.size(); j++) {
        if (edits.get(j).kind() != ' ') {
          end = j;
        } else if (j - end > 2 * CONTEXT) {
          break;
        }
      }
      end = Math.min(edits.size() - 1, end + CONTEXT);
      if (out.isEmpty()) {
        out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
      }
      appendHunk(out, edits.subList(start, end + 1));
      i = end + 1;
    }
    return out.toString();
  }

  private static void appendHunk(StringBuilder out, List<Edit> hunk) {
    int oldCount = 0;
    int newCount = 0;
    for (Edit edit : hunk) {
      oldCount += edit.kind() == '+' ? 0 : 1;
      newCount += edit.kind() == '-' ? 0 : 1;
    }
    Edit first = hunk.get(0);
    out.append("@@ -").append(range(first.oldLine(), oldCount))
        .append(" +").append(range(first.newLine(), newCount)).append(" @@\n");
    for (Edit edit : hunk) {
      out.append(edit.kind()).append(edit.line()).append('\n');
    }
  }

  /** The {@code start,count} of a hunk header; an empty range names the line before it, as diff does. */
  private static String range(int firstLine, int count) {
    return count == 0 ? (firstLine - 1) + ",0" : firstLine + "," + count;
  }

  /**
   * The shortest edit script by longest common subsequence, after setting aside the common head and
   * tail (which keeps the table small for the usual few-line change).
   */
  private static List<Edit> edits(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    int n = a.size() - head - tail;
    int m = b.size() - head - tail;
    int[][] common = new int[n + 1][m + 1];
    for (int x = n - 1; x >= 0; x--) {
      for (int y = m - 1; y >= 0; y--) {
        common[x][y] = a.get(head + x).equals(b.get(head + y))
            ? common[x + 1][y + 1] + 1
            : Math.max(common[x + 1][y], common[x][y + 1]);
      }
    }
    List<Edit> edits = new ArrayList<>();
    for (int k = 0; k < head; k++) {
      edits.add(new Edit(' ', a.get(k), k + 1, k + 1));
    }
    int x = 0;
    int y = 0;
    while (x < n || y < m) {
      int oldLine = head + x + 1;
      int newLine = head + y + 1;
      if (x < n && y < m && a.get(head + x).equals(b.get(head + y))) {
        edits.add(new Edit(' ', a.get(head + x), oldLine, newLine));
        x++;
        y++;
      } else if (x < n && (y == m || common[x + 1][y] >= common[x][y + 1])) {
        edits.add(new Edit('-', a.get(head + x), oldLine, newLine));
        x++;
      } else {
        edits.add(new Edit('+', b.get(head + y), oldLine, newLine));
        y++;
      }
    }
    for (int k = 0; k < tail; k++) {
      edits.add(new Edit(' ', a.get(head + n + k), head + n + k + 1, head + m + k + 1));
    }
    return edits;
  }
}
