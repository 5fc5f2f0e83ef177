package dev.sparkapp.sparkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.DriverSpec;
import dev.sparkapp.core.ProbeKind;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks of {@link BuiltPodChecks} fail where the built pods lack what a preset needs. */
class BuiltPodChecksTest {
  private static final ProbeSet LOG_STALENESS =
      ProbeSet.none().with(SparkPod.DRIVER, ProbeKind.LIVENESS, Probes.logStaleness(Duration.ofMinutes(5)));

  @TempDir Path templates;

  @Test
  void theLogStalenessPresetPassesAsAttached() throws Exception {
    SparkApplication probed = LOG_STALENESS.applyTo(PodRulesAgainstBuiltPodsTest.sparkPi("", "", ""));

    assertThat(BuiltPodChecks.problems(probed, LOG_STALENESS, SparkBuiltPods.of(probed, templates)))
        .isEmpty();
  }

  @Test
  void withoutItsJavaOptionLog4j2IsNotPointedAtTheMountedConfiguration() throws Exception {
    SparkApplication probed = LOG_STALENESS.applyTo(PodRulesAgainstBuiltPodsTest.sparkPi("", "", ""));
    SparkApplicationSpec spec = probed.spec();
    DriverSpec driver = DriverSpec.builder().from(spec.driver().orElseThrow()).javaOptions(Optional.empty()).build();
    SparkApplication withoutOption = SparkApplication.builder().from(probed)
        .spec(SparkApplicationSpec.builder().from(spec).driver(driver).build()).build();

    // The same template and ConfigMap as attached, but pods built from the application without the option.
    assertThat(BuiltPodChecks.problems(probed, LOG_STALENESS,
        SparkBuiltPods.of(withoutOption, Files.createDirectories(templates.resolve("broken")))))
        .singleElement().asString().startsWith("DRIVER: no -Dlog4j2.configurationFile= in the JVM's options");
  }

  @Test
  void theLogStalenessOptionReachesTheJvmBesideTheOperatorsPrometheusAgent() throws Exception {
    SparkApplication app = PodRulesAgainstBuiltPodsTest.sparkPi("spark.driver.extraJavaOptions: -XX:+UseG1GC", "", "");
    SparkApplication monitored = SparkApplication.builder().from(app).spec(SparkApplicationSpec.builder()
        .from(app.spec()).monitoring(m -> m.exposeDriverMetrics(true).exposeExecutorMetrics(true)
            .prometheus(p -> p.jmxExporterJar("/prometheus/jmx_prometheus_javaagent-0.11.0.jar").port(8090)))
        .build()).build();
    SparkApplication probed = LOG_STALENESS.applyTo(monitored);

    assertThat(BuiltPodChecks.problems(probed, LOG_STALENESS, SparkBuiltPods.of(probed, templates)))
        .isEmpty();
  }
}
