package dev.sparkapp.testing;

import static dev.sparkapp.testing.SparkAssertions.assertThat;
import static dev.sparkapp.testing.SparkAssertions.assertThatThrownBy;
import static dev.sparkapp.testing.TestApps.message;

import dev.sparkapp.core.ResourceKinds;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import org.junit.jupiter.api.Test;

class PodTemplateAssertTest {
  private static PodTemplateSpec labelled() {
    return new PodTemplateSpecBuilder()
        .withNewMetadata().addToLabels("team", "data").endMetadata()
        .withNewSpec().addNewContainer().withName("spark").withLivenessProbe(TestApps.tcpProbe()).endContainer().endSpec()
        .build();
  }

  @Test
  void aTemplateOfADeclaredPodIsCheckedOnItsOwn() {
    var driver = ResourceKinds.of(ApacheSparkApplication.class).declaredPod(SparkPod.DRIVER).orElseThrow();

    new PodTemplateAssert(labelled(), driver).hasLabel("team", "data").livenessProbe().isTcpSocket(7078);
    assertThatThrownBy(() -> new PodTemplateAssert(labelled(), driver).hasLabel("team", "ml"))
        .hasMessage(message("%nExpecting metadata.labels.team to be:%n  \"ml\"%nbut was:%n  \"data\""));
  }

  @Test
  void hasLabelNamesTheTemplatesPathWhenNavigated() {
    assertThatThrownBy(() -> assertThat(ApacheSparkApplicationAssertTest.pi()).driver().hasLabel("team", "data"))
        .hasMessage(message("%nExpecting spec.driverSpec.podTemplateSpec.metadata.labels.team to be:%n  \"data\"%n"
            + "but it was not set"));
  }

  @Test
  void withoutItsPodTheSparkContainerIsUnknown() {
    assertThatThrownBy(() -> new PodTemplateAssert(labelled()).container())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("this assertion does not know which pod it checks; navigate to it from the resource's assertion, "
            + "as in assertThat(app).driver()");
  }
}
