package dev.sparkapp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.Container;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java of the repository's README.md, read from the file and compiled as written there, so that the
 * README cannot drift from the API. The blocks run in README order as one program (later blocks use the
 * {@code app} and {@code yaml} of earlier ones), except those of sections that need a cluster, which
 * are compiled only. The test then checks what the examples built.
 */
class ReadmeExamplesTest {
  /** Sections whose Java needs a Kubernetes cluster: compiled, not run. */
  private static final Set<String> COMPILE_ONLY = Set.of("On a cluster", "Watching and diagnosing");
  private static final Pattern BLOCK = Pattern.compile("^```(\\w*)\\n(.*?)^```$", Pattern.MULTILINE | Pattern.DOTALL);
  private static final List<String> IMPORTS = List.of(
      "dev.sparkapp.core.*", "dev.sparkapp.core.probe.*", "dev.sparkapp.core.validate.*", "dev.sparkapp.yaml.*",
      "dev.sparkapp.client.*", "io.fabric8.kubernetes.api.model.ConfigMap",
      "io.fabric8.kubernetes.api.model.Probe", "io.fabric8.kubernetes.api.model.ProbeBuilder", "java.nio.file.*", "java.time.*", "java.util.*");

  private static String readme;
  private static Map<String, Object> built;

  @BeforeAll
  static void compileAndRunTheReadme(@TempDir Path classes) throws Exception {
    readme = Files.readString(Path.of("../README.md"));
    Set<String> imports = new LinkedHashSet<>();
    IMPORTS.forEach(i -> imports.add("import " + i + ";"));
    StringBuilder run = new StringBuilder();
    StringBuilder compileOnly = new StringBuilder();
    String section = "";
    int at = 0;
    Matcher block = BLOCK.matcher(readme);
    while (block.find()) {
      section = lastHeading(readme.substring(0, block.start()), section);
      if (!block.group(1).equals("java")) {
        continue;
      }
      StringBuilder body = COMPILE_ONLY.contains(section) ? compileOnly : run;
      for (String line : block.group(2).split("\n")) {
        if (line.startsWith("import ")) {
          imports.add(line);
        } else {
          body.append(line).append('\n');
        }
      }
      at++;
    }
    assertThat(at).as("Java blocks in README.md").isGreaterThanOrEqualTo(5);
    String source = String.join("\n", imports) + "\n\npublic class ReadmeExamples {\n"
        + "  public static Map<String, Object> run() throws Exception {\n" + run
        + "    return Map.of(\"app\", app, \"yaml\", yaml, \"streaming\", streaming, \"probed\", probed, \"mine\", mine,\n"
        + "        \"connect\", connect);\n"
        + "  }\n\n  static void needsACluster(SparkApplication app) throws Exception {\n" + compileOnly + "  }\n}\n";
    Path file = classes.resolve("ReadmeExamples.java");
    Files.writeString(file, source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean compiled = javac.getTask(errors, null, null,
        List.of("-proc:none", "-d", classes.toString(), "-classpath", System.getProperty("java.class.path")),
        null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(file)).call();
    assertThat(compiled).as("README.md's Java compiles:\n%s\n%s", errors, source).isTrue();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeExamplesTest.class.getClassLoader())) {
      Method main = loader.loadClass("ReadmeExamples").getMethod("run");
      @SuppressWarnings("unchecked")
      Map<String, Object> result = (Map<String, Object>) main.invoke(null);
      built = result;
    }
  }

  private static String lastHeading(String before, String fallback) {
    Matcher heading = Pattern.compile("^## (.+)$", Pattern.MULTILINE).matcher(before);
    String last = fallback;
    while (heading.find()) {
      last = heading.group(1).trim();
    }
    return last;
  }

  private static List<String> blocks(String language) {
    List<String> found = new ArrayList<>();
    Matcher block = BLOCK.matcher(readme);
    while (block.find()) {
      if (block.group(1).equals(language)) {
        found.add(block.group(2));
      }
    }
    return found;
  }

  private static Container spark(SparkApplication app, boolean driver) {
    var pod = driver ? app.spec().driver() : app.spec().executor();
    String name = driver ? "spark-kubernetes-driver" : "spark-kubernetes-executor";
    return pod.orElseThrow().template().orElseThrow().getSpec().getContainers().stream()
        .filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
  }

  @Test
  void theFluentSparkPiWritesExactlyTheManifestTheReadmeShows() {
    assertThat(built.get("yaml")).isEqualTo(blocks("yaml").get(0));
    assertThat(new SparkPiSample().application()).isEqualTo(built.get("app"));
  }

  @Test
  void theStreamingExampleCarriesItsLog4j2ConfigMap() {
    SparkApplication streaming = (SparkApplication) built.get("streaming");

    assertThat(streaming.companions()).singleElement()
        .satisfies(c -> assertThat(c.getMetadata().getName()).isEqualTo("clickstream-log4j2"));
    assertThat(SparkYaml.strict().read(SparkYaml.strict().toYaml(streaming)).resources())
        .isEqualTo(SparkResource.withCompanions(List.of(streaming)));
    assertThat(spark(streaming, false).getLivenessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(7079);
  }

  @Test
  void theSparkConnectExampleProbesTheServerContainerOnItsPinnedPorts() {
    SparkConnect connect = (SparkConnect) built.get("connect");
    Container server = connect.spec().server().orElseThrow().template().orElseThrow().getSpec().getContainers()
        .stream().filter(c -> "spark-kubernetes-driver".equals(c.getName())).findFirst().orElseThrow();

    assertThat(server.getReadinessProbe().getTcpSocket().getPort().getIntVal()).isEqualTo(15002);
    assertThat(server.getLivenessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(4040);
    assertThat(connect.spec().sparkConf()).containsEntry("spark.connect.grpc.binding.port", "15002")
        .containsEntry("spark.ui.port", "4040");
  }

  @Test
  void probeSetAndAHandWrittenProbeLandInTheSparkContainers() {
    SparkApplication probed = (SparkApplication) built.get("probed");
    SparkApplication mine = (SparkApplication) built.get("mine");

    assertThat(ProbeKind.LIVENESS.of(spark(probed, false)).getTcpSocket().getPort().getIntVal()).isEqualTo(7079);
    assertThat(ProbeKind.LIVENESS.of(spark(probed, true)).getHttpGet().getPath()).isEqualTo("/api/v1/version");
    assertThat(spark(mine, true).getReadinessProbe().getExec().getCommand()).containsExactly("/opt/app/ready.sh");
    assertThat(mine.spec().sparkConf()).isNull();
  }
}
