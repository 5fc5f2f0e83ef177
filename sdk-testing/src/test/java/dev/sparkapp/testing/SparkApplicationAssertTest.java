package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplicationType;
import org.junit.jupiter.api.Test;

class SparkApplicationAssertTest {

  private static SparkApplicationAssert sparkPi() {
    return assertThat(TestApps.sparkPi());
  }

  private static String message(String format, Object... args) {
    return String.format(format, args);
  }

  @Test
  void checksPassForTheApplicationsValues() {
    sparkPi().hasName("spark-pi")
        .hasNamespace("default")
        .hasImage("apache/spark:4.0.1")
        .hasType(SparkApplicationType.SCALA)
        .hasMode(DeployMode.CLUSTER)
        .hasSparkVersion("4.0.1")
        .hasRestartPolicy(RestartPolicyType.NEVER);
  }

  @Test
  void hasNameReportsTheName() {
    assertThatThrownBy(() -> sparkPi().hasName("spark-py"))
        .hasMessage(message("%nExpecting metadata.name to be:%n  \"spark-py\"%nbut was:%n  \"spark-pi\""));
  }

  @Test
  void hasNamespaceReportsANamespaceThatIsNotSet() {
    assertThatThrownBy(() -> assertThat(TestApps.bare()).hasNamespace("default"))
        .hasMessage(message("%nExpecting metadata.namespace to be:%n  \"default\"%nbut it was not set"));
  }

  @Test
  void hasImageReportsTheSpecImage() {
    assertThatThrownBy(() -> sparkPi().hasImage("spark:latest"))
        .hasMessage(message("%nExpecting spec.image to be:%n  \"spark:latest\"%nbut was:%n  \"apache/spark:4.0.1\""));
  }

  @Test
  void hasTypeReportsTheSpecType() {
    assertThatThrownBy(() -> sparkPi().hasType(SparkApplicationType.JAVA))
        .hasMessage(message("%nExpecting spec.type to be:%n  Java%nbut was:%n  Scala"));
  }

  @Test
  void hasModeReportsTheSpecMode() {
    assertThatThrownBy(() -> sparkPi().hasMode(DeployMode.CLIENT))
        .hasMessage(message("%nExpecting spec.mode to be:%n  client%nbut was:%n  cluster"));
  }

  @Test
  void hasSparkVersionReportsTheSpecVersion() {
    assertThatThrownBy(() -> sparkPi().hasSparkVersion("3.5.6"))
        .hasMessage(message("%nExpecting spec.sparkVersion to be:%n  \"3.5.6\"%nbut was:%n  \"4.0.1\""));
  }

  @Test
  void hasRestartPolicyReportsTheSpecPolicy() {
    assertThatThrownBy(() -> sparkPi().hasRestartPolicy(RestartPolicyType.ON_FAILURE))
        .hasMessage(message("%nExpecting spec.restartPolicy.type to be:%n  OnFailure%nbut was:%n  Never"));
  }

  @Test
  void sparkConfNavigatesToTheSpecSparkConf() {
    sparkPi().sparkConf().containsEntry("spark.ui.port", "4040").hasSize(1);
  }

  @Test
  void sparkConfFailuresNameTheMap() {
    assertThatThrownBy(() -> sparkPi().sparkConf().containsEntry("spark.ui.port", "4041"))
        .hasMessageStartingWith("[spec.sparkConf] ");
  }

  @Test
  void driverAndExecutorNavigateBelowSpec() {
    sparkPi().driver().hasMemory("512m");
    assertThatThrownBy(() -> sparkPi().executor().hasMemory("1g"))
        .hasMessage(message("%nExpecting spec.executor.memory to be:%n  \"1g\"%nbut was:%n  \"512m\""));
  }

  @Test
  void aDescriptionCarriesOverNavigation() {
    assertThatThrownBy(() -> sparkPi().as("nightly job").driver().livenessProbe().hasPeriodSeconds(30))
        .hasMessage(message("[nightly job] %nExpecting spec.driver.template.spec.containers[spark-kubernetes-driver]"
            + ".livenessProbe.periodSeconds to be:%n  30%nbut was:%n  10"));
  }

  @Test
  void extractingNavigatesToAnyValueKeepingTheDescription() {
    assertThatThrownBy(() -> sparkPi().as("spark-pi")
            .extracting(app -> app.spec().mainClass().orElseThrow(), SparkAssertions::assertThat)
            .endsWith("SparkPy"))
        .hasMessageStartingWith("[spark-pi] ");
  }
}
