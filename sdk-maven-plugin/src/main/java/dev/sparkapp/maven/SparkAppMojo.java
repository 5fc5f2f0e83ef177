package dev.sparkapp.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.validate.Violation;
import dev.sparkapp.yaml.ManifestValidator;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal of the plugin shares: {@code skip}, names of files in messages, and the stamp that lets
 * a goal skip its work when neither its inputs nor its settings changed since its last clean run.
 */
abstract class SparkAppMojo extends AbstractMojo {
  /** Skips the goal. */
  @Parameter(property = "sparkapp.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /** The goal's name, as messages start: {@code sparkapp GOAL: ...}. */
  abstract String goal();

  /** The goal's work; {@link #execute()} calls it unless {@code skip} is set. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /**
   * Runs the goal unless {@code skip} is set. An exception of the SDK that a goal did not map to a setting
   * or a file itself fails the build with its message (a {@link MojoFailureException}), never as a crash
   * of the plugin.
   */
  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().debug("sparkapp " + goal() + ": skipped");
      return;
    }
    try {
      run();
    } catch (SparkAppException e) {
      throw new MojoFailureException("sparkapp " + goal() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The validator of the goals that validate: strict when warnings fail the build, targeting
   * {@code operatorVersion} when one is set; a version the SDK does not take fails the build naming the
   * setting.
   */
  static ManifestValidator validator(String goal, boolean failOnWarning, String operatorVersion)
      throws MojoFailureException {
    ManifestValidator validator = ManifestValidator.defaults().strict(failOnWarning);
    if (operatorVersion == null || operatorVersion.isBlank()) {
      return validator;
    }
    try {
      return validator.targetOperatorVersion(operatorVersion.strip());
    } catch (SparkAppException e) {
      throw settingFailure(goal, "operatorVersion", e);
    }
  }

  /**
   * The failure for a setting the SDK does not take: {@code sparkapp GOAL: SETTING (<SETTING> or
   * -Dsparkapp.SETTING): message}.
   */
  static MojoFailureException settingFailure(String goal, String setting, SparkAppException e) {
    return new MojoFailureException("sparkapp " + goal + ": " + setting + " (<" + setting + "> or -Dsparkapp."
        + setting + "): " + e.getMessage(), e);
  }

  /** Logs {@code violation} as {@code sparkapp validate} prints it, after {@code prefix}: an error or a warning. */
  void log(String prefix, Violation violation) {
    if (violation.isError()) {
      getLog().error(prefix + ManifestValidator.describe(violation));
    } else {
      getLog().warn(prefix + ManifestValidator.describe(violation));
    }
  }

  /** The name a file has in messages: relative to the project's directory when it is inside it. */
  String displayName(Path file) {
    Path base = basedir.toPath().toAbsolutePath().normalize();
    return file.startsWith(base) ? base.relativize(file).toString() : file.toString();
  }

  /**
   * A digest of this plugin's version, {@code settings} and the names and contents of {@code inputs}:
   * equal digests mean the goal would do the same work again.
   */
  String digest(List<Path> inputs, String settings) throws MojoExecutionException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((plugin.getId() + "\n" + settings + "\n").getBytes(StandardCharsets.UTF_8));
      for (Path input : inputs) {
        sha.update((input + "\n").getBytes(StandardCharsets.UTF_8));
        if (Files.isRegularFile(input)) {
          sha.update(Files.readAllBytes(input));
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new MojoExecutionException("sparkapp: cannot read " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The SHA-256 of {@code text} in UTF-8, in hexadecimal. */
  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The stamp file of {@code goal}, in {@code target/sparkapp-stamps/}. */
  Path stamp(String goal) {
    return buildDirectory.toPath().resolve("sparkapp-stamps").resolve(goal + ".stamp");
  }

  /** Returns {@code true} when {@code goal}'s last clean run had the same {@code digest}. */
  boolean upToDate(String goal, String digest) {
    try {
      return Files.readString(stamp(goal), StandardCharsets.UTF_8).equals(digest);
    } catch (IOException e) {
      return false;
    }
  }

  /** Records {@code digest} as {@code goal}'s last clean run; a stamp that cannot be written only costs time. */
  void markUpToDate(String goal, String digest) {
    try {
      Files.createDirectories(stamp(goal).getParent());
      Files.writeString(stamp(goal), digest, StandardCharsets.UTF_8);
    } catch (IOException e) {
      getLog().debug("sparkapp: cannot write " + stamp(goal) + ": " + e.getMessage());
    }
  }

  /** Forgets {@code goal}'s last clean run. */
  void markStale(String goal) {
    try {
      Files.deleteIfExists(stamp(goal));
    } catch (IOException e) {
      getLog().debug("sparkapp: cannot delete " + stamp(goal) + ": " + e.getMessage());
    }
  }
}
