package dev.sparkapp.maven;

import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.UnreadableSourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code sparkapp:validate}: checks the project's manifests offline against the CRD schema of their kind (the
 * kubeflow spark-operator's, or the Apache Spark Kubernetes operator's for {@code spark.apache.org} resources)
 * and the Spark, Kubernetes and operator rules, exactly as {@code sparkapp validate} does. Logs one
 * {@code FILE:LINE:COL: severity: PATH: message [rule-id]} line per violation and fails the build on an
 * error (with {@code failOnWarning}, on a warning too). Skips the work when neither the files nor the
 * settings changed since the last run that found nothing.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ValidateMojo extends ManifestFilesMojo {
  /** Fails the build on warnings too (and reports them as errors), like {@code sparkapp validate --strict}. */
  @Parameter(property = "sparkapp.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /**
   * The kubeflow spark-operator release to check its kinds against, such as {@code 2.1.0}; by default the bundled
   * CRDs' (2.5.2). The Apache Spark Kubernetes operator's kinds ({@code spark.apache.org}) are always checked
   * against its bundled 1.0.0 CRDs, in the version each resource names ({@code v1} or {@code v1beta1}).
   */
  @Parameter(property = "sparkapp.operatorVersion")
  String operatorVersion;

  /** Creates the goal; Maven sets its parameters. */
  public ValidateMojo() {}

  @Override
  String goal() {
    return "validate";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    ManifestValidator validator = validator("validate", failOnWarning, operatorVersion);
    List<Path> manifests = manifestFiles();
    if (manifests.isEmpty()) {
      getLog().debug("sparkapp validate: no manifests under " + directory);
      return;
    }
    String digest = digest(manifests, "failOnWarning=" + failOnWarning + " operatorVersion=" + operatorVersion);
    if (upToDate("validate", digest)) {
      getLog().debug("sparkapp validate: manifests unchanged since the last clean run");
      return;
    }
    List<ValidationResult> results = new ArrayList<>();
    for (Path file : manifests) {
      try (InputStream in = Files.newInputStream(file)) {
        results.add(validator.validateStream(in, displayName(file)));
      } catch (NoSuchFileException e) {
        throw new MojoFailureException("sparkapp validate: " + displayName(file) + ": no such file");
      } catch (IOException | UnreadableSourceException e) {
        throw new MojoFailureException("sparkapp validate: " + displayName(file) + ": cannot read: "
            + e.getMessage(), e);
      } catch (SparkAppException e) {
        throw new MojoFailureException("sparkapp validate: " + displayName(file) + ": " + e.getMessage(), e);
      }
    }
    ValidationResult all = ValidationResult.merge(results);
    all.violations().forEach(violation -> log("", violation));
    if (all.violations().isEmpty()) {
      markUpToDate("validate", digest);
    } else {
      markStale("validate");
    }
    if (all.hasErrors()) {
      throw new MojoFailureException("sparkapp validate: " + manifests.size()
          + (manifests.size() == 1 ? " file" : " files") + " checked: " + all
          + "; each is listed above as FILE:LINE:COL: severity: PATH: message [rule-id]");
    }
  }
}
