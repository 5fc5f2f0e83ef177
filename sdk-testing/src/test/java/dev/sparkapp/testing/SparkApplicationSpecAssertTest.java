package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.TestApps.message;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplicationType;
import org.junit.jupiter.api.Test;

class SparkApplicationSpecAssertTest {

  private static SparkApplicationSpecAssert spec() {
    return assertThat(TestApps.sparkPi()).spec();
  }

  @Test
  void checksPassForTheSpecsValues() {
    spec().hasImage("apache/spark:4.0.1")
        .hasType(SparkApplicationType.SCALA)
        .hasMode(DeployMode.CLUSTER)
        .hasSparkVersion("4.0.1")
        .hasRestartPolicy(RestartPolicyType.NEVER);
  }

  @Test
  void hasImageReportsTheImage() {
    assertThatThrownBy(() -> spec().hasImage("apache/spark:3.5.0"))
        .hasMessage(message("%nExpecting spec.image to be:%n  \"apache/spark:3.5.0\"%nbut was:%n  \"apache/spark:4.0.1\""));
  }

  @Test
  void hasTypeReportsTheManifestSpelling() {
    assertThatThrownBy(() -> spec().hasType(SparkApplicationType.PYTHON))
        .hasMessage(message("%nExpecting spec.type to be:%n  Python%nbut was:%n  Scala"));
  }

  @Test
  void hasModeReportsTheMode() {
    assertThatThrownBy(() -> spec().hasMode(DeployMode.CLIENT))
        .hasMessage(message("%nExpecting spec.mode to be:%n  client%nbut was:%n  cluster"));
  }

  @Test
  void hasSparkVersionReportsTheVersion() {
    assertThatThrownBy(() -> spec().hasSparkVersion("3.5.0"))
        .hasMessage(message("%nExpecting spec.sparkVersion to be:%n  \"3.5.0\"%nbut was:%n  \"4.0.1\""));
  }

  @Test
  void hasRestartPolicyReportsThePolicyType() {
    assertThatThrownBy(() -> spec().hasRestartPolicy(RestartPolicyType.ALWAYS))
        .hasMessage(message("%nExpecting spec.restartPolicy.type to be:%n  Always%nbut was:%n  Never"));
  }

  @Test
  void hasRestartPolicyReportsAPolicyThatIsNotSet() {
    assertThatThrownBy(() -> assertThat(TestApps.bare()).spec().hasRestartPolicy(RestartPolicyType.NEVER))
        .hasMessage(message("%nExpecting spec.restartPolicy.type to be:%n  Never%nbut it was not set"));
  }

  @Test
  void sparkConfIsAMapAssert() {
    spec().sparkConf().containsEntry("spark.ui.port", "4040");
  }

  @Test
  void sparkConfFailuresAreDescribedByThePath() {
    assertThatThrownBy(() -> spec().sparkConf().containsKey("spark.eventLog.enabled"))
        .hasMessageStartingWith("[spec.sparkConf] ");
  }

  @Test
  void sparkConfKeepsACustomDescription() {
    assertThatThrownBy(() -> spec().as("spark-pi").sparkConf().containsKey("spark.eventLog.enabled"))
        .hasMessageStartingWith("[spark-pi] ");
  }

  @Test
  void driverAndExecutorNavigateToTheirSpecs() {
    spec().driver().hasCores(1);
    spec().executor().hasInstances(2);
  }
}
