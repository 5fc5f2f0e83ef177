package dev.sparkapp.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every kind's declaration gives the client: how its status is read, and where each version is sent. */
class ResourceKindTest {
  @Test
  void everyRegisteredKindDeclaresHowItsStatusIsRead() {
    assertThat(ResourceKinds.all()).hasSize(5)
        .allSatisfy(kind -> assertThat(kind.status()).as(kind.toString()).isPresent());
  }

  @Test
  void theKubeflowKindsReadTheStatesTheirOperatorWrites() {
    KindStatus application = ResourceKinds.of(SparkApplication.class).status().orElseThrow();
    KindStatus connect = ResourceKinds.of(SparkConnect.class).status().orElseThrow();

    assertThat(application.states()).startsWith("SUBMITTED", "RUNNING", "COMPLETED").doesNotContain("");
    assertThat(application.stateNamed("completed")).contains("COMPLETED");
    assertThat(connect.stateNamed("READY")).contains("Ready");
    assertThat(connect.stateNamed("NOT_READY")).contains("NotReady");
    assertThat(ResourceKinds.of(ScheduledSparkApplication.class).status().orElseThrow().states())
        .containsExactly("Validating", "Scheduled", "FailedValidation");
    assertThat(application.stateNamed("RunningHealthy")).isEqualTo(Optional.empty());
  }

  @Test
  void aServedVersionIsSentToItsOwnPathAndAnyOtherToTheKindsVersion() {
    ResourceKind<?> apache = ResourceKinds.find("spark.apache.org/v1beta1", "SparkApplication").orElseThrow();

    assertThat(apache.servedVersion("spark.apache.org/v1beta1")).isEqualTo("v1beta1");
    assertThat(apache.servedVersion("spark.apache.org/v1")).isEqualTo("v1");
    assertThat(apache.servedVersion("spark.apache.org/v2")).isEqualTo("v1");
    assertThat(ResourceKinds.of(SparkApplication.class).servedVersion("sparkoperator.k8s.io/v1beta2"))
        .isEqualTo("v1beta2");
  }
}
