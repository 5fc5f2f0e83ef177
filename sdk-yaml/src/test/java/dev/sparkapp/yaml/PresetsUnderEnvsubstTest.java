package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkResource;
import dev.sparkapp.core.probe.ProbePreset;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every probe preset, attached to every probe of the pods it serves, written by {@link SparkYaml} as the
 * whole manifest (application and log4j2 ConfigMap) and piped through the real GNU {@code envsubst}, as in
 * {@code envsubst < app.yaml | kubectl apply -f -}: the text comes out unchanged, reads back to the same
 * resources, and the exec commands still tell a fresh log file from a stale or missing one when run with
 * {@code /bin/sh} (and busybox {@code sh}, where installed).
 */
class PresetsUnderEnvsubstTest {
  private static final Path ENVSUBST = Path.of("/usr/bin/envsubst");
  private static final Path BUSYBOX = Path.of("/usr/bin/busybox");
  /** Names people export before running envsubst, and the names the old log-staleness script used. */
  private static final Map<String, String> COMMON_ENVIRONMENT = Map.ofEntries(
      Map.entry("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin")), Map.entry("HOME", "/root"),
      Map.entry("USER", "ci"), Map.entry("SHELL", "/bin/bash"), Map.entry("HOSTNAME", "runner"),
      Map.entry("PWD", "/work"), Map.entry("JAVA_HOME", "/opt/java"), Map.entry("SPARK_HOME", "/opt/spark"),
      Map.entry("IMAGE", "registry/spark:4.0.1"), Map.entry("TAG", "v1"), Map.entry("NAMESPACE", "jobs"),
      Map.entry("f", "FILE"), Map.entry("m", "MTIME"), Map.entry("age", "AGE"), Map.entry("max", "MAX"),
      Map.entry("file", "FILE"), Map.entry("d", "DIR"), Map.entry("s", "S"), Map.entry("x", "X"));

  @TempDir static Path logs;

  @BeforeAll
  static void requireEnvsubst() {
    assumeTrue(Files.isExecutable(ENVSUBST), "GNU envsubst (gettext-base) is not installed at " + ENVSUBST);
  }

  static Stream<Arguments> presetsOnEveryProbe() {
    Map<String, ProbePreset> presets = new LinkedHashMap<>();
    presets.put("sparkUi", Probes.sparkUi());
    presets.put("driverRpc", Probes.driverRpc());
    presets.put("blockManager", Probes.blockManager());
    presets.put("logStaleness", Probes.logStaleness(Duration.ofMinutes(10)));
    presets.put("logStaleness in " + logs, Probes.logStaleness(Duration.ofSeconds(30)).withLogDirectory(logs.toString()));
    presets.put("jobProgress", Probes.jobProgress(Duration.ofMinutes(15)));
    List<Arguments> cases = new ArrayList<>();
    presets.forEach((name, preset) -> {
      for (SparkPod pod : SparkPod.applicationRoles()) {
        boolean driverOnly = name.equals("sparkUi") || name.equals("driverRpc");
        if (driverOnly && pod != SparkPod.DRIVER) {
          continue;
        }
        for (ProbeKind kind : ProbeKind.values()) {
          if (name.equals("jobProgress") && (pod != SparkPod.DRIVER || kind != ProbeKind.LIVENESS)) {
            continue; // a driver liveness probe only; refusing the others is JobProgressCheckTest's
          }
          cases.add(Arguments.of(name + " as " + pod + " " + kind, ProbeSet.none().with(pod, kind, preset)));
        }
      }
    });
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presetsOnEveryProbe")
  void manifestComesOutOfEnvsubstUnchangedAndItsExecProbesStillWork(String name, ProbeSet probes) throws Exception {
    SparkApplication probed = probes.applyTo(application());
    String yaml = SparkYaml.strict().toYaml(probed);
    assertThat(execProbes(probed)).as("%s attaches its probe", name).isNotNull();

    for (Map<String, String> environment : List.of(Map.<String, String>of(), COMMON_ENVIRONMENT)) {
      String substituted = envsubst(yaml, environment);

      assertThat(substituted).as("envsubst with %s", environment.keySet()).isEqualTo(yaml);
      List<Object> readBack = SparkYaml.strict().read(substituted, "<envsubst>").resources();
      assertThat(readBack).isEqualTo(SparkResource.withCompanions(List.of(probed)));
      SparkApplication app = (SparkApplication) readBack.get(0);
      for (Probe probe : execProbes(app)) {
        if (probe.getExec().getCommand().get(0).equals("/bin/bash")) {
          assertJobProgressCommandReportsASilentUi(probe.getExec().getCommand());
        } else {
          assertCommandTellsFreshFromStaleAndMissing(probe.getExec().getCommand());
        }
      }
    }
  }

  /**
   * Runs the job-progress command (its port pointed at one nothing listens on, its state file into {@link
   * #logs}) with {@code /bin/bash}: the script that came out of envsubst still runs and says why it fails.
   * What it reports against a real driver is sdk-spark-it's JobProgressProbeTest.
   */
  private static void assertJobProgressCommandReportsASilentUi(List<String> command) throws Exception {
    assertThat(command.subList(0, 2)).containsExactly("/bin/bash", "-c");
    List<String> runnable = new ArrayList<>(command);
    int port;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    runnable.set(4, Integer.toString(port));
    Path state = Files.createDirectories(logs.resolve("job-progress")).resolve("state");
    runnable.set(6, state.toString());

    assertThat(run(runnable)).isEqualTo(new Result(1, "Spark UI on port " + port + " does not answer /api/v1/applications\n"));
  }

  /** Runs {@code command} (file argument pointed into {@link #logs} when it names another directory). */
  private static void assertCommandTellsFreshFromStaleAndMissing(List<String> command) throws Exception {
    assertThat(command.subList(0, 2)).containsExactly("/bin/sh", "-c");
    List<String> runnable = new ArrayList<>(command);
    Path file = Path.of(command.get(4));
    if (!file.startsWith(logs)) {
      file = logs.resolve("elsewhere").resolve(file.getFileName());
      Files.createDirectories(file.getParent());
      runnable.set(4, file.toString());
    }
    long maxAge = Long.parseLong(command.get(5));
    List<List<String>> shells = new ArrayList<>();
    shells.add(runnable);
    if (Files.isExecutable(BUSYBOX)) {
      List<String> busybox = new ArrayList<>(List.of(BUSYBOX.toString(), "sh"));
      busybox.addAll(runnable.subList(1, runnable.size()));
      shells.add(busybox);
    }
    for (List<String> shell : shells) {
      Files.deleteIfExists(file);
      assertThat(run(shell)).as("%s, missing file", shell.get(0))
          .isEqualTo(new Result(1, "log file " + file + " does not exist\n"));

      // Ages are whole seconds between the file's mtime and the script's clock: bounded by the seconds
      // that really passed around the run (a loaded machine may take seconds to start a shell).
      Files.writeString(file, "INFO SparkContext: Running Spark version 4.0.1\n");
      long written = Files.getLastModifiedTime(file).toInstant().getEpochSecond();
      Result fresh = run(shell);
      long freshBound = Instant.now().getEpochSecond() - written;
      assertThat(fresh.exit).as("%s, fresh file: %s", shell.get(0), fresh.output).isZero();
      assertThat(ageIn(fresh.output, "log file \\Q" + file + "\\E written (\\d+)s ago\n"))
          .as("%s, fresh file: %s", shell.get(0), fresh.output).isBetween(0L, freshBound);

      long staleSince = Instant.now().getEpochSecond() - (maxAge + 100);
      Files.setLastModifiedTime(file, FileTime.from(Instant.ofEpochSecond(staleSince)));
      Result stale = run(shell);
      long staleBound = Instant.now().getEpochSecond() - staleSince;
      assertThat(stale.exit).as("%s, stale file: %s", shell.get(0), stale.output).isEqualTo(1);
      assertThat(ageIn(stale.output, "log file \\Q" + file + "\\E unchanged for (\\d+)s \\(limit " + maxAge
          + "s\\)\n")).as("%s, stale file: %s", shell.get(0), stale.output).isBetween(maxAge + 100, staleBound);
    }
  }

  /** Returns the age in seconds that {@code output} reports, failing unless it matches {@code pattern}. */
  private static long ageIn(String output, String pattern) {
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(pattern).matcher(output);
    assertThat(matcher.matches()).as("output %s matches %s", output, pattern).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  private static List<Probe> execProbes(SparkApplication app) {
    List<Probe> probes = new ArrayList<>();
    for (SparkPod pod : SparkPod.applicationRoles()) {
      pod.specIn(app.spec()).flatMap(spec -> spec.template()).ifPresent(template -> {
        for (Container container : template.getSpec().getContainers()) {
          Stream.of(container.getLivenessProbe(), container.getReadinessProbe(), container.getStartupProbe())
              .filter(p -> p != null && p.getExec() != null).forEach(probes::add);
        }
      });
    }
    return probes;
  }

  private static SparkApplication application() {
    return SparkApplication.builder()
        .metadata(m -> m.withName("envsubst-app").withNamespace("default"))
        .spec(s -> s.image("docker.io/apache/spark:4.0.1").sparkVersion("4.0.1")
            .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar"))
        .build();
  }

  private static String envsubst(String text, Map<String, String> environment) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(ENVSUBST.toString()).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().clear();
    builder.environment().putAll(environment);
    Process process = builder.start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(text.getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    return out;
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), output);
  }
}
