package dev.sparkapp.yaml;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known field a misspelled one was most likely meant to be ("did you mean"). */
final class FieldSuggestion {
  private FieldSuggestion() {}

  /** Returns the closest of {@code known} to {@code unknown}, if close enough to be a typo. */
  static Optional<String> closest(String unknown, Collection<?> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Object candidate : known) {
      String name = String.valueOf(candidate);
      int distance = distance(unknown.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(1, Math.min(3, unknown.length() / 3));
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Damerau-Levenshtein distance (optimal string alignment): a swap of two letters counts once. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
