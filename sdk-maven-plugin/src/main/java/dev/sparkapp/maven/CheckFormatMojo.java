package dev.sparkapp.maven;

import dev.sparkapp.yaml.ManifestFormat;
import dev.sparkapp.yaml.ManifestException;
import dev.sparkapp.yaml.SparkYaml;
import dev.sparkapp.yaml.UnifiedDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code sparkapp:check-format}: fails the build when a manifest is not in the canonical form that
 * {@code sparkapp fmt} writes (stable field order, YAML 1.1-safe quoting, comments kept with their keys;
 * canonical JSON for a {@code .json} file), logging the
 * unified diff from the file to its canonical form; {@code sparkapp fmt -w FILE} fixes a file. Runs in
 * {@code verify}, like {@code validate}, and skips the work when the files did not change since they last
 * passed.
 */
@Mojo(name = "check-format", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckFormatMojo extends ManifestFilesMojo {
  /** Creates the goal; Maven sets its parameters. */
  public CheckFormatMojo() {}

  @Override
  String goal() {
    return "check-format";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    List<Path> manifests = manifestFiles();
    String digest = digest(manifests, "");
    if (manifests.isEmpty() || upToDate("check-format", digest)) {
      getLog().debug("sparkapp check-format: nothing to check or unchanged since the last clean run");
      return;
    }
    SparkYaml yaml = SparkYaml.strict();
    List<String> wrong = new ArrayList<>();
    for (Path file : manifests) {
      String name = displayName(file);
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new MojoFailureException("sparkapp check-format: " + name + ": cannot read: " + e.getMessage(), e);
      }
      try {
        String canonical = ManifestFormat.format(yaml, text, name); // comments kept; JSON for .json
        if (!canonical.equals(text)) {
          getLog().error(name + " is not in canonical form:\n"
              + UnifiedDiff.between(name, text, name + " (canonical)", canonical).stripTrailing());
          wrong.add(name);
        }
      } catch (ManifestException e) {
        e.errors().forEach(error -> getLog().error(error.getMessage()));
        wrong.add(name);
      }
    }
    if (wrong.isEmpty()) {
      markUpToDate("check-format", digest);
      return;
    }
    markStale("check-format");
    throw new MojoFailureException("sparkapp check-format: " + wrong.size() + " of " + manifests.size()
        + " manifests are not in canonical form: " + String.join(", ", wrong)
        + "; rewrite them with sparkapp fmt -w FILE");
  }
}
