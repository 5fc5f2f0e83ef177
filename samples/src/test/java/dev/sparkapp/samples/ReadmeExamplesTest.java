package dev.sparkapp.samples;

import static dev.sparkapp.testing.SparkAssertions.assertThat;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probed;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import org.junit.jupiter.api.Test;

/** The Java of the README's "Five lines of Java", as written there: it must compile, run and be right. */
class ReadmeExamplesTest {
  @Test
  void theSparkPiBuilderAndTheFiveLinesGiveAValidProbedManifest() {
    SparkApplication app = SparkApplication.builder()
        .metadata(m -> m.withName("spark-pi").withNamespace("default"))
        .spec(s -> s.type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER)
            .image("docker.io/apache/spark:4.0.1").sparkVersion("4.0.1")
            .mainClass("org.apache.spark.examples.SparkPi")
            .mainApplicationFile("local:///opt/spark/examples/jars/spark-examples.jar")
            .addArguments("5000")
            .driver(d -> d.cores(1).memory("512m").serviceAccount("spark-operator-spark"))
            .executor(e -> e.instances(2).cores(1).memory("512m")))
        .build();

    Probed<SparkApplication> probed = ProbeSet.none()
        .driverStartup(Probes.sparkUi()).driverLiveness(Probes.sparkUi())
        .applyTo(app);
    ManifestValidator.defaults().validate(probed.resource()).throwIfErrors();
    String yaml = SparkYaml.strict().toYaml(probed.resources());

    assertThat(probed.resource()).hasName("spark-pi").isValid()
        .driver().livenessProbe().isHttpGet(4040, "/api/v1/version");
    assertThat(SparkYaml.strict().readApplication(yaml)).isEqualTo(probed.resource());
  }
}
