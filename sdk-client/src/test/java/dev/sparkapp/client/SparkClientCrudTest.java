package dev.sparkapp.client;

import static dev.sparkapp.client.Fixtures.installOperator;
import static dev.sparkapp.client.Fixtures.log4j;
import static dev.sparkapp.client.Fixtures.nightly;
import static dev.sparkapp.client.Fixtures.sparkPi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.ApplicationStateType;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationSpec;
import dev.sparkapp.core.SparkApplicationStatus;
import dev.sparkapp.core.probe.Probes;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SparkClient against fabric8's mock server in CRUD mode: what is written can be read back. */
@EnableKubernetesMockClient(crud = true)
class SparkClientCrudTest {
  KubernetesMockServer server;
  KubernetesClient kubernetes;
  SparkClient spark;

  @BeforeEach
  void setUp() {
    installOperator(server);
    spark = Fixtures.createOrReplaceClient(kubernetes);
  }

  @Test
  void createOrReplaceCreatesAndGetReadsTheTypedApplicationBack() {
    SparkApplication applied = spark.apply(sparkPi("pi", "default"));

    assertThat(applied.spec()).isEqualTo(sparkPi("pi", "default").spec());
    assertThat(applied.metadata().getUid()).isNotBlank();
    assertThat(spark.get(SparkApplication.class, "pi")).get()
        .satisfies(app -> assertThat(app.spec().mainClass()).contains("org.apache.spark.examples.SparkPi"));
  }

  @Test
  void reapplyingTheSameManifestIsIdempotent() {
    spark.apply(sparkPi("pi", "default"));
    SparkApplication again = spark.apply(sparkPi("pi", "default"));

    assertThat(again.spec()).isEqualTo(sparkPi("pi", "default").spec());
    assertThat(spark.list(SparkApplication.class)).hasSize(1);
  }

  @Test
  void createOrReplaceReplacesAChangedSpec() {
    spark.apply(sparkPi("pi", "default"));
    SparkApplication pi = sparkPi("pi", "default");
    SparkApplication changed = SparkApplication.builder().from(pi)
        .spec(SparkApplicationSpec.builder().from(pi.spec()).image("apache/spark:4.0.2").build()).build();

    spark.apply(changed);

    assertThat(spark.get(SparkApplication.class, "pi").orElseThrow().spec().image()).contains("apache/spark:4.0.2");
  }

  @Test
  void getKeepsFieldsTheServerAddedThatTheSdkDoesNotModel() {
    spark.apply(sparkPi("pi", "default"));
    resource("pi").patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"futureField\":\"kept\"}}");

    SparkApplication read = spark.get(SparkApplication.class, "pi").orElseThrow();

    assertThat(read.spec().additionalProperties()).containsEntry("futureField", "kept");
  }

  @Test
  void getOfAMissingApplicationIsEmpty() {
    assertThat(spark.get(SparkApplication.class, "nope")).isEmpty();
  }

  @Test
  void listFiltersByLabelSelectorInTheClientsNamespace() {
    spark.apply(sparkPi("pi", "default"));
    spark.apply(sparkPi("etl", "default"));
    spark.apply(sparkPi("other-ns", "team-a"));

    assertThat(spark.list(SparkApplication.class)).extracting(app -> app.name().orElseThrow())
        .containsExactlyInAnyOrder("pi", "etl");
    assertThat(spark.list(SparkApplication.class, "app=etl")).extracting(app -> app.name().orElseThrow())
        .containsExactly("etl");
    assertThat(spark.inNamespace("team-a").list(SparkApplication.class)).hasSize(1);
  }

  @Test
  void deleteRemovesTheApplicationAndReportsWhetherThereWasOne() {
    spark.apply(sparkPi("pi", "default"));

    assertThat(spark.delete(SparkApplication.class, "pi")).isTrue();
    assertThat(spark.get(SparkApplication.class, "pi")).isEmpty();
    assertThat(spark.delete(SparkApplication.class, "pi")).isFalse();
  }

  @Test
  void suspendAndResumeToggleSpecSuspend() {
    spark.apply(sparkPi("pi", "default"));

    assertThat(spark.suspend(SparkApplication.class, "pi").spec().suspend()).contains(true);
    assertThat(spark.get(SparkApplication.class, "pi").orElseThrow().spec().suspend()).contains(true);
    assertThat(spark.resume(SparkApplication.class, "pi").spec().suspend()).contains(false);
  }

  @Test
  void suspendWorksForScheduledApplications() {
    spark.apply(nightly("nightly"));

    ScheduledSparkApplication suspended = spark.suspend(ScheduledSparkApplication.class, "nightly");

    assertThat(suspended.spec().suspend()).contains(true);
    assertThat(suspended.spec().schedule()).contains("0 2 * * *");
  }

  @Test
  void suspendOfAMissingApplicationThrowsNotFound() {
    assertThatThrownBy(() -> spark.suspend(SparkApplication.class, "nope"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("SparkApplication default/nope does not exist");
  }

  @Test
  void applyOfAListAppliesTheConfigMapBeforeTheApplicationAndAnswersInInputOrder() {
    List<Object> applied = spark.apply(List.of(sparkPi("pi", "default"), log4j("pi-log4j")));

    assertThat(applied.get(0)).isInstanceOf(SparkApplication.class);
    assertThat(applied.get(1)).isInstanceOf(ConfigMap.class);
    ConfigMap map = kubernetes.configMaps().inNamespace("default").withName("pi-log4j").get();
    GenericKubernetesResource app = resource("pi").get();
    assertThat(Long.parseLong(map.getMetadata().getResourceVersion()))
        .isLessThan(Long.parseLong(app.getMetadata().getResourceVersion()));
  }

  @Test
  void applyingAnApplicationWithALogStalenessProbeAppliesItsConfigMapToo() {
    SparkApplication pi = SparkApplication.builder().from(sparkPi("pi", "default"))
        .spec(s -> s.from(sparkPi("pi", "default").spec())
            .driver(d -> d.livenessProbe(Probes.logStaleness(Duration.ofMinutes(5)))))
        .build();

    SparkApplication applied = spark.apply(pi);

    assertThat(applied.metadata().getName()).isEqualTo("pi");
    ConfigMap map = kubernetes.configMaps().inNamespace("default").withName("pi-log4j2").get();
    assertThat(map).isNotNull();
    assertThat(map.getData()).isEqualTo(pi.companions().get(0).getData());
    assertThat(spark.apply(List.of(pi))).hasSize(2).element(1).isInstanceOf(ConfigMap.class);
  }

  @Test
  void dryRunAsksTheServerForADryRun() throws InterruptedException {
    // The mock server stores dry runs anyway (a known limit), so the request itself is checked.
    spark.dryRun().apply(sparkPi("pi", "default"));

    assertThat(server.getLastRequest().getPath()).endsWith("/sparkapplications?dryRun=All");
  }

  @Test
  void waitForFollowsTheStatusUntilCompleted() {
    spark.apply(sparkPi("pi", "default"));
    CompletableFuture<Void> operator = CompletableFuture.runAsync(() -> {
      for (String state : new String[] {"SUBMITTED", "RUNNING", "COMPLETED"}) {
        pause(150);
        setState("pi", state, null);
      }
    });

    SparkApplicationStatus status = spark.waitFor("pi", Duration.ofSeconds(10), ApplicationStateType.COMPLETED);

    assertThat(status.applicationState().orElseThrow().stateType()).isEqualTo(ApplicationStateType.COMPLETED);
    operator.join();
  }

  @Test
  void waitForReturnsOnAnyOfTheAwaitedStates() {
    spark.apply(sparkPi("pi", "default"));
    setState("pi", "RUNNING", null);

    SparkApplicationStatus status =
        spark.waitFor("pi", Duration.ofSeconds(5), ApplicationStateType.RUNNING, ApplicationStateType.COMPLETED);

    assertThat(status.applicationState().orElseThrow().state()).isEqualTo("RUNNING");
  }

  @Test
  void waitForStopsAtAnUnexpectedTerminalState() {
    spark.apply(sparkPi("pi", "default"));
    setState("pi", "FAILED", "driver exited with code 1");

    assertThatThrownBy(() -> spark.waitFor("pi", Duration.ofSeconds(5), ApplicationStateType.COMPLETED))
        .isInstanceOfSatisfying(TerminalStateException.class,
            e -> assertThat(e.status().applicationState().orElseThrow().state()).isEqualTo("FAILED"))
        .hasMessageContaining("reached the terminal state FAILED (driver exited with code 1)")
        .hasMessageContaining("waiting for COMPLETED");
  }

  @Test
  void waitForNamesTheFinalFailureNotTheFailingStateBeforeIt() {
    spark.apply(sparkPi("pi", "default"));
    setState("pi", "FAILING", "executor lost");
    CompletableFuture<Void> operator = CompletableFuture.runAsync(() -> {
      pause(300);
      setState("pi", "FAILED", "driver exited with code 1");
    });

    assertThatThrownBy(() -> spark.waitFor("pi", Duration.ofSeconds(30), ApplicationStateType.COMPLETED))
        .isInstanceOfSatisfying(TerminalStateException.class, e -> {
          assertThat(e.state()).isEqualTo("FAILED");
          assertThat(e.operatorMessage()).contains("driver exited with code 1");
        })
        .hasMessageStartingWith("SparkApplication default/pi reached the terminal state FAILED (driver exited with "
            + "code 1) while waiting for COMPLETED; it will not change any more.");
    operator.join();
  }

  @Test
  void waitForTimesOutWithTheLastSeenState() {
    spark.apply(sparkPi("pi", "default"));
    setState("pi", "RUNNING", null);

    long start = System.nanoTime();
    assertThatThrownBy(() -> spark.waitFor("pi", Duration.ofMillis(300), ApplicationStateType.COMPLETED))
        .isInstanceOf(WaitTimeoutException.class)
        .hasMessageContaining("waiting for SparkApplication default/pi to reach COMPLETED")
        .hasMessageContaining("last state was RUNNING");
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
  }

  @Test
  void waitForAMissingApplicationFailsAtOnce() {
    assertThatThrownBy(() -> spark.waitFor("nope", Duration.ofSeconds(30), ApplicationStateType.COMPLETED))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("SparkApplication default/nope does not exist");
  }

  private io.fabric8.kubernetes.client.dsl.Resource<GenericKubernetesResource> resource(String name) {
    return kubernetes.genericKubernetesResources(ResourceType.SPARK_APPLICATION.context())
        .inNamespace("default").withName(name);
  }

  private void setState(String name, String state, String errorMessage) {
    String error = errorMessage == null ? "" : ",\"errorMessage\":\"" + errorMessage + "\"";
    resource(name).patch(PatchContext.of(PatchType.JSON_MERGE),
        "{\"status\":{\"applicationState\":{\"state\":\"" + state + "\"" + error + "}}}");
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
