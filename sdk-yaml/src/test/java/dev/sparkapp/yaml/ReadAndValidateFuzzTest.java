package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkAppException;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.probe.ExplainedProbe;
import dev.sparkapp.core.probe.ProbePreset;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.ProbeTiming;
import dev.sparkapp.core.probe.Probes;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Fuzzes the entry points that take untrusted manifests: reading and validating, attaching probe presets
 * ({@code sparkapp probes add}), explaining probes ({@code sparkapp explain}) and writing back what was
 * read ({@code sparkapp fmt}). Any exception other than the SDK's own {@link SparkAppException} subtypes is
 * a bug, and so is a written manifest that does not read back to itself.
 *
 * <p>A normal test run replays the seeds: the manifests in
 * {@code src/test/resources/dev/sparkapp/yaml/ReadAndValidateFuzzTestInputs/} for every target, and each
 * target's findings in the folder named after it. A fuzzing session runs one target at a time, up to
 * {@code maxDuration} (override with {@code -Djazzer.max_duration=10m}):
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl sdk-yaml -am test -Dtest='ReadAndValidateFuzzTest#readAndValidate' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Findings are written to the target's folder as {@code crash-*} files and replayed by every later run.
 */
class ReadAndValidateFuzzTest {
  private static final SparkYaml[] READERS = {SparkYaml.strict(), SparkYaml.lenient()};
  private static final ProbePreset[] PRESETS = {
      Probes.sparkUi(), Probes.driverRpc(), Probes.blockManager(), Probes.logStaleness(Duration.ofMinutes(5)),
      Probes.logStaleness(Duration.ofSeconds(90)).withLogDirectory("/data/logs")
          .withPeriod(Duration.ofSeconds(7)).withFailureThreshold(2),
      Probes.jobProgress(Duration.ofMinutes(15)),
      Probes.jobProgress(Duration.ofSeconds(45)).withStateDirectory("/data/probe").withTimeout(Duration.ofSeconds(4))};
  /**
   * Every preset on every probe it serves, across five sets (each pod watches one log directory; job
   * progress serves the driver's liveness probe only).
   */
  private static final List<ProbeSet> PROBE_SETS = List.of(
      ProbeSet.none()
          .driver(d -> d.startupProbe(PRESETS[0]).livenessProbe(PRESETS[3]).readinessProbe(PRESETS[1]))
          .executor(e -> e.startupProbe(PRESETS[2]).livenessProbe(PRESETS[4]).readinessProbe(PRESETS[2])),
      ProbeSet.none()
          .driver(d -> d.startupProbe(PRESETS[2]).livenessProbe(PRESETS[4]).readinessProbe(PRESETS[0]))
          .executor(e -> e.startupProbe(PRESETS[3]).livenessProbe(PRESETS[3]).readinessProbe(PRESETS[3])),
      ProbeSet.none()
          .driver(d -> d.startupProbe(PRESETS[1]).livenessProbe(PRESETS[0]).readinessProbe(PRESETS[2]))
          .executor(e -> e.livenessProbe(PRESETS[2])),
      ProbeSet.none()
          .driver(d -> d.startupProbe(PRESETS[0]).livenessProbe(PRESETS[5]).readinessProbe(PRESETS[0]))
          .executor(e -> e.livenessProbe(PRESETS[3])),
      ProbeSet.none()
          .driver(d -> d.livenessProbe(PRESETS[6]).readinessProbe(PRESETS[3]))
          .executor(e -> e.livenessProbe(PRESETS[4])));

  @FuzzTest(maxDuration = "30m")
  void readAndValidate(byte[] input) {
    for (SparkYaml yaml : READERS) {
      try {
        Manifest manifest = yaml.read(new ByteArrayInputStream(input), "<fuzz>");
        ManifestValidator.defaults().validate(manifest);
        manifest.resources().forEach(ManifestValidator.defaults().strict(true)::validate);
      } catch (SparkAppException expected) {
        // a typed, described failure: what malformed input must produce
      }
    }
  }

  /**
   * {@code ProbeSet.applyTo} on every application read strictly and leniently, as {@code probes add} does
   * and with its output written: each of {@link #PROBE_SETS}, and one set chosen by the input's hash.
   */
  @FuzzTest(maxDuration = "30m")
  void applyProbes(byte[] input) {
    List<ProbeSet> sets = new ArrayList<>(PROBE_SETS);
    sets.add(chosenBy(Arrays.hashCode(input)));
    forEachRead(input, (yaml, manifest) -> {
      for (ProbeSet probes : sets) {
        List<Object> resources = new ArrayList<>();
        for (Object resource : manifest.resources()) {
          try {
            resources.add(probes.applyToAny(resource));
          } catch (SparkAppException expected) {
            // a preset that does not fit the application, reported with its path
          }
        }
        yaml.toYaml(resources);
      }
    });
  }

  /** A preset (or none) on each of the six probes, picked by successive base-6 digits of {@code seed}. */
  private static ProbeSet chosenBy(int seed) {
    ProbeSet probes = ProbeSet.none();
    int digits = seed & Integer.MAX_VALUE;
    for (SparkPod pod : SparkPod.applicationRoles()) {
      for (ProbeKind kind : ProbeKind.values()) {
        int choice = digits % (PRESETS.length + 1);
        digits /= PRESETS.length + 1;
        if (choice < PRESETS.length) {
          probes = probes.with(pod, kind, PRESETS[choice]);
        }
      }
    }
    return probes;
  }

  /** {@code ExplainedProbe} and every {@code ProbeTiming} figure of every application read. */
  @FuzzTest(maxDuration = "30m")
  void explain(byte[] input) {
    forEachRead(input, (yaml, manifest) -> {
      for (Object resource : manifest.resources()) {
        List<ExplainedProbe> rows = List.of();
        if (resource instanceof SparkApplication app) {
          rows = ExplainedProbe.allOf(app.spec(), FieldPath.of("spec"));
        } else if (resource instanceof ScheduledSparkApplication scheduled) {
          SparkApplicationSpec template = scheduled.spec().template().orElse(null);
          rows = template == null ? List.of() : ExplainedProbe.allOf(template, FieldPath.of("spec", "template"));
        } else if (resource instanceof SparkConnect connect) {
          rows = ExplainedProbe.allOf(connect);
        }
        for (ExplainedProbe row : rows) {
          ProbeTiming timing = row.timing();
          Objects.hash(row.pod(), row.container(), row.kind(), row.path(), row.check(), row.toString(),
              timing.toString());
          for (Duration figure : List.of(timing.worstCaseDetection(), timing.timeToFirstSuccess(),
              timing.startupBudget(), timing.allowance())) {
            assertThat(figure).as("%s", row).isGreaterThanOrEqualTo(Duration.ZERO);
          }
          assertThat(timing.worstCaseDetection()).as("%s", row).isGreaterThan(timing.allowance());
        }
      }
    });
  }

  /**
   * Read, write, read, write: whatever reads must be written, the written text must read back with the
   * same reader, and the second text must equal the first (writing is a fixed point). Then the same with
   * comments, as {@code sparkapp fmt} formats ({@link ManifestFormat#format}): formatting what formatting
   * wrote changes nothing, and a comment is kept or refused, never a library exception.
   */
  @FuzzTest(maxDuration = "30m")
  void writeIsAFixedPoint(byte[] input) {
    forEachRead(input, (yaml, manifest) -> {
      String first = yaml.toYaml(manifest.resources());
      Manifest again = yaml.read(first, "<written>");
      String second = yaml.toYaml(again.resources());
      assertThat(second).as("%s writes what it read back the same way", yaml).isEqualTo(first);
      String once;
      try {
        once = ManifestFormat.format(yaml, ManifestFormat.readText(new ByteArrayInputStream(input), "<fuzz>"),
            "<fuzz>");
      } catch (CommentPlacementException refused) {
        return;
      }
      assertThat(ManifestFormat.format(yaml, once, "<formatted>")).as("%s formats what it formatted the same way", yaml)
          .isEqualTo(once);
    });
  }

  /** Reads {@code input} strictly, then leniently, and hands each manifest that reads to {@code action}. */
  private static void forEachRead(byte[] input, BiConsumer<SparkYaml, Manifest> action) {
    for (SparkYaml yaml : READERS) {
      Manifest manifest;
      try {
        manifest = yaml.read(new ByteArrayInputStream(input), "<fuzz>");
      } catch (SparkAppException expected) {
        continue;
      }
      action.accept(yaml, manifest);
    }
  }
}
