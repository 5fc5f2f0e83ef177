package dev.sparkapp.client;

import static dev.sparkapp.client.Fixtures.jsonString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.InvalidArgumentException;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.core.apache.ApplicationStateSummary;
import dev.sparkapp.core.apache.ClusterStateSummary;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Waiting on the Apache Spark Kubernetes operator's states, and applying its {@code v1beta1} resources, against
 * fabric8's mock server in CRUD mode. The test plays the operator: it writes {@code status} as operator 1.0.0 does
 * (commit d8b19438bd96c6c2f52ee58425ec192b6cc825fc, {@code spark-operator-api/.../status/ApplicationStatus.java}
 * and {@code BaseStatus.java}: {@code currentState} and the {@code stateTransitionHistory} map from step number to
 * state, each with {@code currentStateSummary}, {@code lastTransitionTime} and {@code message}; messages from
 * {@code Constants.java}; {@code DriverReadyTimedOut} with {@code DRIVER_LAUNCH_TIMEOUT_MESSAGE} as {@code
 * SparkAppStatusUtils} writes it), a merge patch per status update.
 */
@EnableKubernetesMockClient(crud = true)
class SparkClientApacheTest {
  static final String SUBMITTED = "Spark application has been created on Kubernetes Cluster.";
  static final String DRIVER_READY = "Driver has reached ready state.";
  static final String RUNNING_HEALTHY = "Application is running healthy.";
  static final String COMPLETED = "Spark application completed successfully.";
  static final String LAUNCH_TIMEOUT = "The driver has not responded to the initial health check request within the "
      + "allotted start-up time. This can be configured by setting .spec.applicationTolerations.applicationTimeoutConfig.";

  KubernetesMockServer server;
  KubernetesClient kubernetes;
  SparkClient spark;

  @BeforeEach
  void setUp() {
    for (String version : List.of("v1", "v1beta1")) {
      for (String kind : List.of("SparkApplication", "SparkCluster")) {
        server.expectCustomResource(context(version, kind));
      }
    }
    spark = Fixtures.createOrReplaceClient(kubernetes);
  }

  @Test
  void waitForReturnsWhenTheApplicationRunsHealthy() {
    spark.apply(example("pi.yaml"));
    CompletableFuture<Void> operator = CompletableFuture.runAsync(() -> {
      List<String[]> operatorSteps = untilDriverStarted();
      operatorSteps.add(new String[] {"DriverReady", DRIVER_READY});
      operatorSteps.add(new String[] {"RunningHealthy", RUNNING_HEALTHY});
      List<String[]> steps = new ArrayList<>(operatorSteps.subList(0, 1));
      for (String[] next : operatorSteps.subList(1, operatorSteps.size())) {
        pause(150);
        steps.add(next);
        writeStatus("sparkapplications", "pi", steps, 0);
      }
    });

    StateReached<ApacheSparkApplication> reached = spark.waitFor(ApacheSparkApplication.class, "pi",
        Duration.ofSeconds(30),
        "RunningHealthy");
    ApacheSparkApplication app = reached.resource();

    assertThat(app.status().orElseThrow().stateSummary()).contains(ApplicationStateSummary.RUNNING_HEALTHY);
    operator.join();
  }

  @Test
  void aStatePassedBetweenTwoUpdatesStillEndsTheWait() {
    spark.apply(example("pi.yaml"));
    List<String[]> steps = untilDriverStarted();
    steps.add(new String[] {"DriverReady", DRIVER_READY});
    steps.add(new String[] {"RunningHealthy", RUNNING_HEALTHY});
    writeStatus("sparkapplications", "pi", steps, 0);
    CompletableFuture<Void> operator = CompletableFuture.runAsync(() -> {
      pause(300);
      // one reconcile: the driver succeeded and the resources were released; the watch sees only the end
      steps.add(new String[] {"Succeeded", COMPLETED});
      steps.add(new String[] {"ResourceReleased", ""});
      writeStatus("sparkapplications", "pi", steps, 0);
    });

    StateReached<ApacheSparkApplication> reached = spark.waitFor(ApacheSparkApplication.class, "pi",
        Duration.ofSeconds(30),
        "SUCCEEDED");
    ApacheSparkApplication app = reached.resource();

    operator.join();
    assertThat(reached.state()).isEqualTo("Succeeded");
    assertThat(app.status().orElseThrow().stateTransitionHistory()).hasSize(7);
    assertThat(app.status().orElseThrow().stateSummary()).contains(ApplicationStateSummary.RESOURCE_RELEASED);
  }

  @Test
  void aFailureThenReleaseEndsTheWaitWithTheFailureAndTheOperatorsMessage() {
    spark.apply(example("pi.yaml"));
    List<String[]> steps = untilDriverStarted();
    writeStatus("sparkapplications", "pi", steps, 0);
    CompletableFuture<Void> operator = CompletableFuture.runAsync(() -> {
      pause(300);
      steps.add(new String[] {"DriverReadyTimedOut", LAUNCH_TIMEOUT});
      writeStatus("sparkapplications", "pi", steps, 0);
      pause(150);
      steps.add(new String[] {"ResourceReleased", ""});
      writeStatus("sparkapplications", "pi", steps, 0);
    });

    assertThatThrownBy(() -> spark.waitFor(ApacheSparkApplication.class, "pi", Duration.ofSeconds(30), "Succeeded"))
        .isInstanceOfSatisfying(TerminalStateException.class, e -> {
          assertThat(e.state()).isEqualTo("DriverReadyTimedOut");
          assertThat(e.operatorMessage()).contains(LAUNCH_TIMEOUT);
          assertThat(e.resource()).get().isInstanceOf(ApacheSparkApplication.class);
          assertThat(e.status()).isNull();
        })
        .hasMessageStartingWith("SparkApplication default/pi reached the terminal state ResourceReleased after "
            + "DriverReadyTimedOut (" + LAUNCH_TIMEOUT + ") while waiting for Succeeded; it will not change any more.");
    operator.join();
  }

  @Test
  void aFailureTheOperatorRestartsFromDoesNotEndTheWait() {
    spark.apply(example("pi.yaml"));
    List<String[]> steps = untilDriverStarted();
    steps.add(new String[] {"DriverReadyTimedOut", LAUNCH_TIMEOUT});
    writeStatus("sparkapplications", "pi", steps, 0);
    CompletableFuture<Void> operator = CompletableFuture.runAsync(() -> {
      pause(300);
      // terminateOrRestart with trimStateTransitionHistory: the history restarts at the next step number
      List<String[]> restarted = new ArrayList<>();
      restarted.add(new String[] {"ScheduledToRestart", ""});
      replaceStatus("pi", restarted, 4, 1);
      pause(150);
      restarted.addAll(untilDriverStarted().subList(1, 3));
      restarted.add(new String[] {"DriverReady", DRIVER_READY});
      restarted.add(new String[] {"RunningHealthy", RUNNING_HEALTHY});
      replaceStatus("pi", restarted, 4, 1);
    });

    StateReached<ApacheSparkApplication> reached = spark.waitFor(ApacheSparkApplication.class, "pi",
        Duration.ofSeconds(30),
        "RunningHealthy");
    ApacheSparkApplication app = reached.resource();

    operator.join();
    assertThat(app.status().orElseThrow().stateSummary()).contains(ApplicationStateSummary.RUNNING_HEALTHY);
  }

  @Test
  void waitForTimesOutWithTheLastState() {
    spark.apply(example("pi.yaml"));
    writeStatus("sparkapplications", "pi", List.of(new String[] {"Submitted", SUBMITTED},
        new String[] {"RunningHealthy", RUNNING_HEALTHY}), 0);

    assertThatThrownBy(() -> spark.waitFor(ApacheSparkApplication.class, "pi", Duration.ofMillis(300), "Succeeded"))
        .isInstanceOf(WaitTimeoutException.class)
        .hasMessageStartingWith("Timed out after PT0.3S waiting for SparkApplication default/pi to reach Succeeded; "
            + "its last state was RunningHealthy. Wait longer (--timeout) or check the operator's events: kubectl "
            + "describe sparkapplications.spark.apache.org -n default pi");
  }

  @Test
  void aStateTheOperatorNeverWritesIsRefusedListingTheStatesItWrites() {
    assertThatThrownBy(() -> spark.waitFor(ApacheSparkApplication.class, "pi", Duration.ofSeconds(1), "COMPLETED"))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessageStartingWith("The operator never writes the state 'COMPLETED' for a spark.apache.org/v1 "
            + "SparkApplication; it writes Submitted, ScheduledToRestart, DriverRequested,");
  }

  @Test
  void waitForFollowsASparkClusterToRunningHealthy() {
    spark.apply(example("cluster.yaml"));
    CompletableFuture<Void> operator = CompletableFuture.runAsync(() -> {
      pause(300);
      writeStatus("sparkclusters", "cluster", List.of(
          new String[] {"Submitted", "Spark cluster has been submitted to Kubernetes Cluster."},
          new String[] {"RunningHealthy", "Cluster has reached ready state."}), 0);
    });

    StateReached<ApacheSparkCluster> reached = spark.waitFor(ApacheSparkCluster.class, "cluster",
        Duration.ofSeconds(30),
        "RunningHealthy");
    ApacheSparkCluster cluster = reached.resource();

    operator.join();
    assertThat(reached.state()).isEqualTo("RunningHealthy");
    assertThat(cluster.status().orElseThrow().stateSummary()).contains(ClusterStateSummary.RUNNING_HEALTHY);
  }

  @Test
  void applyingAV1beta1ResourceSendsItToTheV1beta1PathWithItsApiVersionKept() throws InterruptedException {
    ApacheSparkApplication applied = (ApacheSparkApplication) spark.apply(example("pi-v1beta1.yaml"));

    assertThat(server.getLastRequest().getPath())
        .startsWith("/apis/spark.apache.org/v1beta1/namespaces/default/sparkapplications");
    assertThat(applied.apiVersion()).isEqualTo("spark.apache.org/v1beta1");
    GenericKubernetesResource stored = kubernetes.genericKubernetesResources(context("v1beta1", "SparkApplication"))
        .inNamespace("default").withName("pi-v1beta1").get();
    assertThat(stored).isNotNull();
    assertThat(stored.getApiVersion()).isEqualTo("spark.apache.org/v1beta1");
    assertThat(kubernetes.genericKubernetesResources(context("v1", "SparkApplication")).inNamespace("default")
        .withName("pi-v1beta1").get()).isNull();
  }

  /** The operator's first three states with its messages ({@code Constants}): Submitted, DriverRequested, DriverStarted. */
  private static List<String[]> untilDriverStarted() {
    return new ArrayList<>(List.of(new String[] {"Submitted", SUBMITTED},
        new String[] {"DriverRequested", "Requested driver from resource scheduler."},
        new String[] {"DriverStarted", "Driver has started running."}));
  }

  private static CustomResourceDefinitionContext context(String version, String kind) {
    return new CustomResourceDefinitionContext.Builder().withGroup("spark.apache.org").withVersion(version)
        .withKind(kind).withPlural(kind.toLowerCase(java.util.Locale.ROOT) + "s").withScope("Namespaced").build();
  }

  /** Reads one of the operator's own examples (no namespace: the client puts it in {@code default}). */
  private static Object example(String file) {
    Path path = Path.of(System.getProperty("sparkapp.testdata"), "apache-spark-kubernetes-operator-1.0.0", "examples",
        file);
    return SparkYaml.strict().read(path).resources().get(0);
  }

  /** Merges a status whose history holds {@code steps} from step {@code first} on, the last being current. */
  private void writeStatus(String plural, String name, List<String[]> steps, int first) {
    String kind = plural.equals("sparkclusters") ? "SparkCluster" : "SparkApplication";
    kubernetes.genericKubernetesResources(context("v1", kind)).inNamespace("default").withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":" + status(steps, first, 0) + "}");
  }

  /** Replaces the whole status (a restart trims the history), as the operator's status update does. */
  private void replaceStatus(String name, List<String[]> steps, int first, int attempt) {
    var resource = kubernetes.genericKubernetesResources(context("v1", "SparkApplication")).inNamespace("default")
        .withName(name);
    resource.patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":null}");
    resource.patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":" + status(steps, first, attempt) + "}");
  }

  private static String status(List<String[]> steps, int first, int attempt) {
    StringBuilder history = new StringBuilder();
    String current = "";
    for (int i = 0; i < steps.size(); i++) {
      String state = "{\"currentStateSummary\":\"" + steps.get(i)[0] + "\",\"lastTransitionTime\":\"2026-12-02T14:00:"
          + String.format("%02d", i) + "Z\",\"message\":" + jsonString(steps.get(i)[1]) + "}";
      history.append(i == 0 ? "" : ",").append('"').append(first + i).append("\":").append(state);
      current = state;
    }
    return "{\"currentState\":" + current + ",\"stateTransitionHistory\":{" + history + "},\"currentAttemptSummary\":"
        + "{\"attemptInfo\":{\"id\":" + attempt + ",\"restartCounter\":" + attempt + ",\"failureRestartCounter\":"
        + attempt + ",\"schedulingFailureRestartCounter\":0}}}";
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
