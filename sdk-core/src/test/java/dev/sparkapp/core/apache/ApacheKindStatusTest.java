package dev.sparkapp.core.apache;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sparkapp.core.KindStatus;
import dev.sparkapp.core.RetryPosition;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The status reading the Apache kinds declare, on statuses shaped as operator 1.0.0 writes them
 * ({@code BaseStatus}: {@code currentState}, {@code stateTransitionHistory} keyed by step number;
 * {@code ApplicationAttemptInfo}: {@code id}, {@code restartCounter}).
 */
class ApacheKindStatusTest {
  private static final KindStatus APPLICATION = ApacheKinds.APPLICATION.status().orElseThrow();
  private static final KindStatus CLUSTER = ApacheKinds.CLUSTER.status().orElseThrow();

  @Test
  void stepsFollowTheStepNumbersNotTheTextOfTheKeys() {
    StringBuilder history = new StringBuilder();
    // the keys in the order of their text, as a map sorted by string would hold them: 0, 1, 10, 11, 2, ...
    for (int i : new int[] {0, 1, 10, 11, 2, 3, 4, 5, 6, 7, 8, 9}) {
      history.append(i == 0 ? "" : ",").append("\"").append(i).append("\":{\"currentStateSummary\":\"")
          .append(i == 11 ? "RunningHealthy" : i % 2 == 0 ? "DriverRequested" : "DriverStarted")
          .append("\",\"message\":\"m").append(i).append("\"}");
    }
    GenericKubernetesResource app = resource("{\"currentState\":{\"currentStateSummary\":\"RunningHealthy\"},"
        + "\"stateTransitionHistory\":{" + history + "}}", "");

    assertThat(APPLICATION.steps(app)).extracting(KindStatus.Step::step)
        .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    assertThat(APPLICATION.steps(app).get(11)).isEqualTo(new KindStatus.Step(11, "RunningHealthy", Optional.of("m11")));
  }

  @Test
  void withoutAHistoryTheCurrentStateIsTheOneStep() {
    GenericKubernetesResource app = resource("{\"currentState\":{\"currentStateSummary\":\"DriverReady\","
        + "\"message\":\"Driver has reached ready state.\"}}", "");

    assertThat(APPLICATION.steps(app)).containsExactly(new KindStatus.Step(KindStatus.Step.CURRENT, "DriverReady",
        Optional.of("Driver has reached ready state.")));
    assertThat(APPLICATION.steps(resource(null, ""))).isEmpty();
  }

  @Test
  void finalStatesAndFailuresAreTheOperatorsOwn() {
    assertThat(APPLICATION.states()).hasSize(18).startsWith("Submitted", "ScheduledToRestart")
        .endsWith("ResourceReleased", "TerminatedWithoutReleaseResources");
    assertThat(APPLICATION.terminal("ResourceReleased")).isTrue();
    assertThat(APPLICATION.terminal("TerminatedWithoutReleaseResources")).isTrue();
    assertThat(APPLICATION.terminal("Succeeded")).isFalse();
    assertThat(APPLICATION.failed("DriverReadyTimedOut")).isTrue();
    assertThat(APPLICATION.failed("DriverEvicted")).isTrue();
    assertThat(APPLICATION.failed("Succeeded")).isFalse();
    assertThat(CLUSTER.states()).containsExactly("Submitted", "SchedulingFailure", "RunningHealthy", "Failed",
        "ResourceReleased");
    assertThat(CLUSTER.failed("SchedulingFailure")).isTrue();
    assertThat(CLUSTER.terminal("ResourceReleased")).isTrue();
  }

  @Test
  void statesAreNamedWithoutCaseOrUnderscores() {
    assertThat(APPLICATION.stateNamed("RUNNING_HEALTHY")).contains("RunningHealthy");
    assertThat(APPLICATION.stateNamed("succeeded")).contains("Succeeded");
    assertThat(APPLICATION.stateNamed("COMPLETED")).isEmpty();
  }

  @Test
  void podsAreSelectedByTheOperatorsNameLabels() {
    assertThat(APPLICATION.podSelector("pi")).isEqualTo("spark.operator/spark-app-name=pi");
    assertThat(CLUSTER.podSelector("prod")).isEqualTo("spark.operator/spark-cluster-name=prod");
  }

  @Test
  void retryFollowsTheRestartConfig() {
    String status = "{\"currentState\":{\"currentStateSummary\":\"DriverEvicted\"},\"currentAttemptSummary\":"
        + "{\"attemptInfo\":{\"id\":1,\"restartCounter\":1}}}";
    RetryPosition onFailure = APPLICATION.retry(resource(status,
        "\"applicationTolerations\":{\"restartConfig\":{\"restartPolicy\":\"OnFailure\",\"maxRestartAttempts\":2}}"),
        Instant.EPOCH);
    RetryPosition never = APPLICATION.retry(resource(status, ""), Instant.EPOCH);
    RetryPosition infrastructure = APPLICATION.retry(resource(status,
        "\"applicationTolerations\":{\"restartConfig\":{\"restartPolicy\":\"OnInfrastructureFailure\"}}"),
        Instant.EPOCH);

    assertThat(onFailure).isEqualTo(new RetryPosition("OnFailure", 2, Optional.of(3), true, Optional.empty()));
    assertThat(never).isEqualTo(new RetryPosition("Never", 2, Optional.of(1), false, Optional.empty()));
    assertThat(infrastructure.willRetry()).as("an eviction is no infrastructure failure").isFalse();
    assertThat(APPLICATION.attempt(resource(status, ""))).isEqualTo(2);
  }

  @Test
  void theFailureIsTheLastFailureOfTheHistoryEvenAfterTheOperatorReleasedTheResources() {
    GenericKubernetesResource released = resource("{\"currentState\":{\"currentStateSummary\":\"ResourceReleased\"},"
        + "\"stateTransitionHistory\":{\"0\":{\"currentStateSummary\":\"DriverStarted\"},\"1\":{\"currentStateSummary\":"
        + "\"DriverReadyTimedOut\",\"message\":\"m1\"},\"2\":{\"currentStateSummary\":\"ResourceReleased\"}}}", "");
    GenericKubernetesResource healthy = resource("{\"currentState\":{\"currentStateSummary\":\"RunningHealthy\"},"
        + "\"stateTransitionHistory\":{\"3\":{\"currentStateSummary\":\"DriverReady\"},\"4\":{\"currentStateSummary\":"
        + "\"RunningHealthy\"}}}", "");

    assertThat(APPLICATION.failure(released)).contains(new KindStatus.Failure(
        new KindStatus.Step(1, "DriverReadyTimedOut", Optional.of("m1")), false, Optional.of("pi-0-driver"), Map.of()));
    assertThat(APPLICATION.failure(healthy)).isEmpty();
  }

  @Test
  void aFailureBeforeARestartOrInThePreviousAttemptIsAnEarlierAttempts() {
    // terminateOrRestart without trimming: the failure, then ScheduledToRestart, in one history
    GenericKubernetesResource untrimmed = resource("{\"currentState\":{\"currentStateSummary\":\"DriverRequested\"},"
        + "\"stateTransitionHistory\":{\"0\":{\"currentStateSummary\":\"Failed\"},\"1\":{\"currentStateSummary\":"
        + "\"ScheduledToRestart\"},\"2\":{\"currentStateSummary\":\"DriverRequested\"}}}", "");
    // trimmed: the attempt before lives in previousAttemptSummary
    GenericKubernetesResource trimmed = resource("{\"currentState\":{\"currentStateSummary\":\"ScheduledToRestart\"},"
        + "\"stateTransitionHistory\":{\"7\":{\"currentStateSummary\":\"ScheduledToRestart\"}},"
        + "\"currentAttemptSummary\":{\"attemptInfo\":{\"id\":3}},"
        + "\"previousAttemptSummary\":{\"attemptInfo\":{\"id\":2},\"stateTransitionHistory\":{\"5\":{"
        + "\"currentStateSummary\":\"DriverEvicted\",\"lastObservedDriverStatus\":{\"phase\":\"Failed\",\"reason\":"
        + "\"Evicted\"}},\"6\":{\"currentStateSummary\":\"ScheduledToRestart\"}}}}", "");

    assertThat(APPLICATION.failure(untrimmed).orElseThrow().earlierAttempt()).isTrue();
    assertThat(APPLICATION.failure(trimmed)).contains(new KindStatus.Failure(
        new KindStatus.Step(5, "DriverEvicted", Optional.empty()), true, Optional.of("pi-2-driver"),
        Map.of("phase", "Failed", "reason", "Evicted")));
  }

  @Test
  void everyFailureStateTheOperatorWritesHasAMeaning() {
    for (String state : APPLICATION.states()) {
      assertThat(APPLICATION.meaning(state).isPresent()).as(state).isEqualTo(APPLICATION.failed(state));
    }
    for (String state : CLUSTER.states()) {
      assertThat(CLUSTER.meaning(state).isPresent()).as(state).isEqualTo(CLUSTER.failed(state));
    }
    assertThat(APPLICATION.meaning("DriverReadyTimedOut").orElseThrow().category())
        .isEqualTo(KindStatus.StateMeaning.Category.TIMED_OUT);
    assertThat(APPLICATION.meaning("SchedulingFailure").orElseThrow().category())
        .isEqualTo(KindStatus.StateMeaning.Category.NOT_SUBMITTED);
  }

  @Test
  void theCurrentDriverCarriesTheAttemptsApplicationIdAsTheOperatorGeneratesIt() {
    GenericKubernetesResource second = resource("{\"currentAttemptSummary\":{\"attemptInfo\":{\"id\":1}}}", "");
    GenericKubernetesResource longName = resource("{\"currentAttemptSummary\":{\"attemptInfo\":{\"id\":1}}}", "");
    longName.getMetadata().setName("nightly-orders-backfill-with-a-long-name-2024");
    longName.getMetadata().setNamespace("analytics");

    assertThat(APPLICATION.currentDriverLabels(resource(null, ""))).containsExactly(Map.entry("spark-app-selector", "pi-0"));
    assertThat(APPLICATION.currentDriverLabels(second)).containsExactly(Map.entry("spark-app-selector", "pi-1"));
    // generateSparkAppId past 46 characters: 9 characters, '-', 36 base-36 digits of sha256("analytics/NAME/1")
    // (expected value computed apart with Python's hashlib)
    assertThat(APPLICATION.currentDriverLabels(longName)).containsExactly(
        Map.entry("spark-app-selector", "nightly-o-578ik3lgxfehihjkel39xd42zblev7bxgia4"));
    assertThat(CLUSTER.currentDriverLabels(second)).isEmpty();
  }

  @Test
  void sparksDriverContainerIsTheConfiguredOneElseTheTemplatesFirstElseSparksOwnName() {
    String template = "\"driverSpec\":{\"podTemplateSpec\":{\"spec\":{\"containers\":[{\"name\":\"main\"},"
        + "{\"name\":\"sidecar\"}]}}}";

    assertThat(APPLICATION.driverContainer(resource(null, ""))).isEqualTo("spark-kubernetes-driver");
    assertThat(APPLICATION.driverContainer(resource(null, template))).isEqualTo("main");
    assertThat(APPLICATION.driverContainer(resource(null, template + ",\"sparkConf\":{"
        + "\"spark.kubernetes.driver.podTemplateContainerName\":\"sidecar\"}"))).isEqualTo("sidecar");
    assertThat(CLUSTER.driverContainer(resource(null, ""))).isEqualTo("master");
    assertThat(CLUSTER.driverRoles()).containsExactly("master");
  }

  private static GenericKubernetesResource resource(String status, String spec) {
    String json = ("{\"apiVersion\":\"spark.apache.org/v1\",\"kind\":\"SparkApplication\","
        + "\"metadata\":{\"name\":\"pi\"},\"spec\":{" + spec + "}" + (status == null ? "" : ",\"status\":" + status)
        + "}");
    try {
      return new ObjectMapper().readValue(json, GenericKubernetesResource.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
