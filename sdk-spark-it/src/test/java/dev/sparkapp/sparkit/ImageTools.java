package dev.sparkapp.sparkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An environment whose {@code PATH} holds only what every {@code apache/spark} 4.x image has for an exec
 * probe: bash, GNU coreutils, grep and sed (no curl, wget, python or jq), as symlinks in one directory.
 */
final class ImageTools {
  /** The coreutils programs linked (a subset of the package: nothing else is there). */
  private static final List<String> COREUTILS = List.of("cat", "cksum", "cut", "date", "dirname", "head", "ls",
      "mkdir", "mv", "paste", "rm", "sleep", "tail", "timeout", "tr", "wc");

  private ImageTools() {}

  /** Links the tools into {@code directory} and returns the environment to run exec probes with. */
  static Map<String, String> environment(Path directory) throws IOException {
    Path bin = Files.createDirectories(directory.resolve("bin"));
    for (String tool : concat("bash", "grep", "sed")) {
      Path target = find(tool);
      Files.createSymbolicLink(bin.resolve(tool), target);
    }
    return Map.of("PATH", bin.toString(), "LANG", "C.UTF-8");
  }

  private static List<String> concat(String... more) {
    List<String> all = new java.util.ArrayList<>(COREUTILS);
    all.addAll(List.of(more));
    return all;
  }

  private static Path find(String tool) {
    for (String dir : List.of("/usr/bin", "/bin")) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(tool + " is not installed in /usr/bin or /bin");
  }
}
