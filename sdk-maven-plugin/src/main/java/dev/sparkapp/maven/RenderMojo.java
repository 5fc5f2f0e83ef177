package dev.sparkapp.maven;

import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.validate.ValidationResult;
import dev.sparkapp.yaml.ManifestSource;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code sparkapp:render}: runs the project's own {@link ManifestSource}s on its runtime classpath,
 * validates the resources each returns (CRD schema and Spark rules, as {@code validate} does) and writes
 * them in canonical YAML to {@code outputDirectory/NAME.yaml}, one file per source. The sources are the
 * classes named in {@code sources}, or else those listed in the project's
 * {@code META-INF/services/dev.sparkapp.yaml.ManifestSource}.
 *
 * <p>The SDK's own classes come from the plugin, so keep the plugin's version and the project's SDK
 * version equal (import {@code sparkapp-bom}). Skips the work when neither the project's classpath nor
 * the settings changed since the last run.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresDependencyResolution = ResolutionScope.RUNTIME)
public final class RenderMojo extends SparkAppMojo {
  /** Fails the build on warnings in what a source returns too. */
  @Parameter(property = "sparkapp.failOnWarning", defaultValue = "false")
  boolean failOnWarning;

  /**
   * The kubeflow spark-operator release to check its kinds against, such as {@code 2.1.0}; by default the bundled
   * CRDs' (2.5.2). The Apache Spark Kubernetes operator's kinds ({@code spark.apache.org}) are always checked
   * against its bundled 1.0.0 CRDs, in the version each resource names ({@code v1} or {@code v1beta1}).
   */
  @Parameter(property = "sparkapp.operatorVersion")
  String operatorVersion;

  /**
   * The {@link ManifestSource} classes to render, by binary name; when empty, those the project lists in
   * {@code META-INF/services/dev.sparkapp.yaml.ManifestSource}.
   */
  @Parameter
  List<String> sources;

  /** Where the YAML files go, one {@code NAME.yaml} per source. */
  @Parameter(property = "sparkapp.outputDirectory", defaultValue = "${project.build.directory}/sparkapp")
  File outputDirectory;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Creates the goal; Maven sets its parameters. */
  public RenderMojo() {}

  @Override
  String goal() {
    return "render";
  }

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    ManifestValidator validator = validator("render", failOnWarning, operatorVersion);
    List<String> classpath = classpath();
    String digest = digest(classFiles(classpath), "sources=" + sources + " failOnWarning=" + failOnWarning
        + " operatorVersion=" + operatorVersion + " outputDirectory=" + outputDirectory + " jars="
        + jarStamps(classpath));
    if (outputsUpToDate(digest)) {
      getLog().info("sparkapp render: up to date: "
          + displayName(outputDirectory.toPath().toAbsolutePath().normalize())
          + " holds what the unchanged classpath and settings give");
      return;
    }
    markStale("render");
    Map<String, String> written = new LinkedHashMap<>();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(urls(classpath), getClass().getClassLoader())) {
      thread.setContextClassLoader(loader);
      Map<String, String> owners = new LinkedHashMap<>();
      for (ManifestSource source : load(loader)) {
        String owner = source.getClass().getName();
        String name = render(source, owner, validator, written);
        String other = owners.put(name, owner);
        if (other != null) {
          throw new MojoFailureException("sparkapp render: " + owner + " and " + other
              + " both name their manifests '" + name + "'; give each source its own name()");
        }
      }
    } catch (IOException e) {
      throw new MojoExecutionException("sparkapp render: " + e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
    markUpToDate("render", digest + "\n" + write(written));
  }

  /**
   * Returns {@code true} when the last run had the same {@code digest} and every file it wrote is still
   * there with what it wrote: the stamp's first line is the digest, each further line a file's name and
   * the SHA-256 of its content. A deleted or edited output makes the goal run again.
   */
  private boolean outputsUpToDate(String digest) {
    List<String> lines;
    try {
      lines = Files.readAllLines(stamp("render"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return false;
    }
    if (lines.size() < 2 || !lines.get(0).equals(digest)) {
      return false;
    }
    for (String line : lines.subList(1, lines.size())) {
      int space = line.lastIndexOf(' ');
      Path file = outputDirectory.toPath().resolve(line.substring(0, Math.max(space, 0)));
      if (space <= 0 || !Files.isRegularFile(file)) {
        return false;
      }
      try {
        if (!sha256(Files.readString(file, StandardCharsets.UTF_8)).equals(line.substring(space + 1))) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  /** Runs {@code source}, validates what it returns and adds its YAML to {@code written}; returns its name. */
  private String render(ManifestSource source, String owner, ManifestValidator validator,
      Map<String, String> written)
      throws MojoExecutionException, MojoFailureException {
    String name;
    List<Object> resources;
    try {
      name = source.name();
      resources = source.resources();
    } catch (RuntimeException | LinkageError e) {
      throw new MojoFailureException("sparkapp render: " + owner + " failed: " + e, e);
    }
    if (name == null || !name.matches("[a-z]([-a-z0-9]*[a-z0-9])?")) {
      throw new MojoFailureException("sparkapp render: " + owner + ".name() returned '" + name
          + "'; a name is lower-case letters, digits and '-', starting with a letter, as in 'spark-pi'");
    }
    if (resources == null || resources.isEmpty() || resources.stream().anyMatch(Objects::isNull)) {
      throw new MojoFailureException("sparkapp render: " + owner + " (" + name + ").resources() returned "
          + (resources == null ? "null" : resources.isEmpty() ? "no resources" : "a null resource")
          + "; return the resources to write");
    }
    ValidationResult result;
    try {
      result = ValidationResult.merge(resources.stream().map(validator::validate).toList());
    } catch (SparkAppException e) {
      throw new MojoFailureException("sparkapp render: " + owner + " (" + name + ").resources(): " + e.getMessage(), e);
    }
    result.violations().forEach(violation -> log(owner + " (" + name + "): ", violation));
    if (result.hasErrors()) {
      throw new MojoFailureException("sparkapp render: " + owner + " (" + name + ") returned invalid resources: "
          + result.errors().stream().map(ManifestValidator::describe).collect(Collectors.joining("; ")));
    }
    try {
      written.put(name, SparkYaml.strict().toYaml(resources));
    } catch (SparkAppException e) {
      throw new MojoFailureException("sparkapp render: " + owner + " (" + name + "): " + e.getMessage(), e);
    }
    return name;
  }

  private List<ManifestSource> load(ClassLoader loader) throws MojoFailureException {
    List<ManifestSource> found = new ArrayList<>();
    if (sources != null && !sources.isEmpty()) {
      for (String className : sources) {
        found.add(instantiate(loader, className.strip()));
      }
      return found;
    }
    try {
      ServiceLoader.load(ManifestSource.class, loader).forEach(found::add);
    } catch (ServiceConfigurationError e) {
      throw new MojoFailureException("sparkapp render: META-INF/services/" + ManifestSource.class.getName()
          + ": " + e.getMessage(), e);
    }
    if (found.isEmpty()) {
      throw new MojoFailureException("sparkapp render: the project has no ManifestSource; list your classes in "
          + "src/main/resources/META-INF/services/" + ManifestSource.class.getName()
          + " or in the plugin's <sources>");
    }
    return found;
  }

  private static ManifestSource instantiate(ClassLoader loader, String className) throws MojoFailureException {
    Class<?> type;
    try {
      type = Class.forName(className, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new MojoFailureException("sparkapp render: <sources>: cannot load " + className + ": " + e, e);
    }
    if (!ManifestSource.class.isAssignableFrom(type)) {
      throw new MojoFailureException("sparkapp render: <sources>: " + className + " does not implement "
          + ManifestSource.class.getName());
    }
    try {
      return (ManifestSource) type.getConstructor().newInstance();
    } catch (InvocationTargetException e) {
      throw new MojoFailureException("sparkapp render: " + className + " failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new MojoFailureException("sparkapp render: " + className
          + " needs a public no-argument constructor: " + e, e);
    }
  }

  /**
   * Writes each file whose content changed, so that unchanged files keep their time stamps, logging one
   * line per file; returns the stamp lines of the outputs ({@code NAME.yaml SHA-256}, one per file).
   */
  private String write(Map<String, String> written) throws MojoExecutionException {
    List<String> stampLines = new ArrayList<>();
    try {
      Files.createDirectories(outputDirectory.toPath());
      for (Map.Entry<String, String> entry : written.entrySet()) {
        String fileName = entry.getKey() + ".yaml";
        Path file = outputDirectory.toPath().resolve(fileName);
        String shown = displayName(file.toAbsolutePath().normalize());
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(entry.getValue())) {
          Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
          getLog().info("sparkapp render: wrote " + shown);
        } else {
          getLog().info("sparkapp render: " + shown + " is up to date");
        }
        stampLines.add(fileName + " " + sha256(entry.getValue()));
      }
    } catch (IOException e) {
      throw new MojoExecutionException("sparkapp render: cannot write to " + outputDirectory + ": " + e.getMessage(), e);
    }
    return String.join("\n", stampLines);
  }

  private List<String> classpath() throws MojoExecutionException {
    try {
      return project.getRuntimeClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("sparkapp render: " + e.getMessage(), e);
    }
  }

  private static URL[] urls(List<String> classpath) throws MojoExecutionException {
    List<URL> urls = new ArrayList<>();
    for (String element : classpath) {
      try {
        urls.add(new File(element).toURI().toURL());
      } catch (MalformedURLException e) {
        throw new MojoExecutionException("sparkapp render: bad classpath element " + element, e);
      }
    }
    return urls.toArray(URL[]::new);
  }

  /** The files under the classpath's directories (the project's classes and resources), read whole. */
  private static List<Path> classFiles(List<String> classpath) throws MojoExecutionException {
    List<Path> files = new ArrayList<>();
    for (String element : classpath) {
      Path dir = Path.of(element);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new MojoExecutionException("sparkapp render: cannot list " + dir + ": " + e.getMessage(), e);
        }
      }
    }
    return files;
  }

  /** The classpath's jars by name, size and time: cheaper than reading them, and they change as a whole. */
  private static String jarStamps(List<String> classpath) {
    return classpath.stream().map(File::new).filter(File::isFile)
        .map(f -> f.getPath() + ":" + f.length() + ":" + f.lastModified())
        .collect(Collectors.joining(","));
  }
}
