package dev.sparkapp.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that read a project's manifest files ({@code validate}, {@code check-format}) share: where the files are. */
abstract class ManifestFilesMojo extends SparkAppMojo {
  /** The directory whose {@code *.yaml}, {@code *.yml} and {@code *.json} files (and its subdirectories') are read. */
  @Parameter(property = "sparkapp.directory", defaultValue = "${project.basedir}/src/main/k8s")
  File directory;

  /** Manifest files to read besides those under {@code directory}. */
  @Parameter
  List<File> files;

  /** The explicit files, then the manifests under {@code directory} in name order, each once. */
  List<Path> manifestFiles() throws MojoExecutionException {
    Set<Path> found = new LinkedHashSet<>();
    if (files != null) {
      files.forEach(f -> found.add(f.toPath().toAbsolutePath().normalize()));
    }
    Path dir = directory.toPath();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().matches(".*\\.(yaml|yml|json)"))
            .map(p -> p.toAbsolutePath().normalize())
            .sorted()
            .forEach(found::add);
      } catch (IOException e) {
        throw new MojoExecutionException("sparkapp: cannot list " + dir + ": " + e.getMessage(), e);
      }
    }
    return new ArrayList<>(found);
  }
}
