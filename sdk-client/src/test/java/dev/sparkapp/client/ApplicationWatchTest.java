package dev.sparkapp.client;

import static dev.sparkapp.client.Fixtures.sparkPi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.SparkApplication;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ApplicationWatch} on fabric8's mock server in CRUD mode, the test playing the operator. The tests close
 * watches soon after opening them, so the mock is {@link CrudMockServer}: fabric8's own deadlocks for 30 s when a
 * watch closes while it still writes to it.
 */
class ApplicationWatchTest {
  KubernetesMockServer server;
  KubernetesClient kubernetes;
  SparkClient spark;
  final BlockingQueue<StateTransition<SparkApplication>> heard = new LinkedBlockingQueue<>();

  @BeforeEach
  void setUp() {
    server = CrudMockServer.start();
    kubernetes = server.createClient();
    Fixtures.installOperator(server);
    spark = Fixtures.createOrReplaceClient(kubernetes);
  }

  @AfterEach
  void tearDown() {
    try {
      if (kubernetes != null) {
        kubernetes.close();
      }
    } finally {
      server.destroy();
    }
  }

  private StateTransition<SparkApplication> next() throws InterruptedException {
    StateTransition<SparkApplication> transition = heard.poll(10, TimeUnit.SECONDS);
    assertThat(transition).as("a transition within 10 s").isNotNull();
    return transition;
  }

  /**
   * The watch's resume token once it holds {@code delivered} applications. A transition counts as delivered
   * when the listener has returned from it, on the watch's thread; the test thread hears it inside the
   * listener and may ask for the token before that return.
   */
  private static ResumeToken tokenOf(ApplicationWatch<?> watch, int delivered) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (watch.resumeToken().size() < delivered && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    ResumeToken token = watch.resumeToken();
    assertThat(token.size()).as("applications delivered into the token within 10 s").isEqualTo(delivered);
    return token;
  }

  private void state(String name, String state, int attempt) {
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, name, "{\"applicationState\":{\"state\":\"" + state
        + "\"},\"executionAttempts\":" + attempt + "}");
  }

  @Test
  void oneWatchDeliversEveryApplicationsTransitionsInOrder() throws Exception {
    spark.apply(sparkPi("a", "default"));
    spark.apply(sparkPi("b", "default"));
    try (ApplicationWatch<SparkApplication> watch = spark.watch(SparkApplication.class, heard::add)) {
      assertThat(List.of(next(), next())).extracting(StateTransition::name).containsExactlyInAnyOrder("a", "b");

      state("a", "SUBMITTED", 1);
      StateTransition<SparkApplication> submitted = next();
      state("a", "RUNNING", 1);
      StateTransition<SparkApplication> running = next();
      state("b", "FAILED", 1);
      StateTransition<SparkApplication> failed = next();

      assertThat(submitted.toString()).isEqualTo("SparkApplication default/a: NEW -> SUBMITTED (attempt 1)");
      assertThat(running.from()).contains("SUBMITTED");
      assertThat(running.resource().orElseThrow().status().orElseThrow().applicationState().orElseThrow().state())
          .isEqualTo("RUNNING");
      assertThat(failed.name()).isEqualTo("b");
      assertThat(failed.terminal()).isTrue();
      assertThat(watch.size()).isEqualTo(2);
    }
  }

  @Test
  void statusUpdatesThatKeepStateAndAttemptAreNotTransitionsButARetryIs() throws Exception {
    spark.apply(sparkPi("a", "default"));
    state("a", "RUNNING", 1);
    try (ApplicationWatch<SparkApplication> watch = spark.watch(SparkApplication.class, heard::add)) {
      assertThat(next().to()).isEqualTo("RUNNING");

      Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "a", "{\"executorState\":{\"a-exec-1\":\"RUNNING\"}}");
      state("a", "RUNNING", 2);  // the operator retried and the new attempt runs: same state, new attempt

      StateTransition<SparkApplication> retried = next();
      assertThat(retried.attempt()).isEqualTo(2);
      assertThat(retried.from()).contains("RUNNING");
      assertThat(heard).isEmpty();
    }
  }

  @Test
  void aLabelSelectorLimitsTheWatch() throws Exception {
    spark.apply(sparkPi("a", "default"));
    spark.apply(sparkPi("b", "default"));
    try (ApplicationWatch<SparkApplication> watch = spark.watch(SparkApplication.class,
        WatchOptions.builder().labelSelector("app=b").build(), heard::add)) {
      assertThat(next().name()).isEqualTo("b");
      state("a", "RUNNING", 1);
      state("b", "RUNNING", 1);
      assertThat(next().name()).isEqualTo("b");
      assertThat(watch.applications()).extracting(a -> a.name().orElseThrow()).containsExactly("b");
    }
  }

  @Test
  void aResumedWatchDeliversOnlyWhatChangedWhileItWasDown() throws Exception {
    spark.apply(sparkPi("same", "default"));
    spark.apply(sparkPi("moved", "default"));
    spark.apply(sparkPi("gone", "default"));
    state("same", "RUNNING", 1);
    state("moved", "SUBMITTED", 1);
    String saved;
    try (ApplicationWatch<SparkApplication> first = spark.watch(SparkApplication.class, heard::add)) {
      assertThat(List.of(next(), next(), next())).hasSize(3);
      saved = tokenOf(first, 3).toString();
    }
    // While the service is down: one application moves on, one is deleted, one is created.
    state("moved", "RUNNING", 1);
    spark.delete(SparkApplication.class, "gone");
    spark.apply(sparkPi("new", "default"));

    ResumeToken token = ResumeToken.parse(saved);
    try (ApplicationWatch<SparkApplication> resumed = spark.watch(SparkApplication.class,
        WatchOptions.builder().resumeFrom(token).build(), heard::add)) {
      List<StateTransition<SparkApplication>> after = List.of(next(), next(), next());
      assertThat(after).extracting(StateTransition::toString).containsExactlyInAnyOrder(
          "SparkApplication default/moved: SUBMITTED -> RUNNING (attempt 1)",
          "SparkApplication default/gone: NEW -> deleted (last NEW)",
          "SparkApplication default/new: NEW");
      assertThat(heard.poll(500, TimeUnit.MILLISECONDS)).as("'same' is not delivered again").isNull();
      assertThat(resumed.resumeToken().size()).isEqualTo(3);
    }
  }

  @Test
  void theResumeTokenIsTextThatReadsBackAndRefusesAnotherWatch() throws Exception {
    spark.apply(sparkPi("a", "default"));
    ResumeToken token;
    try (ApplicationWatch<SparkApplication> watch = spark.watch(SparkApplication.class, heard::add)) {
      next();
      token = tokenOf(watch, 1);
    }
    assertThat(token.toString()).startsWith("sparkapp-watch v1 SparkApplication default ")
        .contains(" a ").endsWith(" 0 -\n");
    assertThat(ResumeToken.parse(token.toString())).isEqualTo(token);

    assertThatThrownBy(() -> spark.inNamespace("other").watch(SparkApplication.class,
        WatchOptions.builder().resumeFrom(token).build(), heard::add))
        .isInstanceOf(InvalidResumeTokenException.class)
        .hasMessageContaining("belongs to a watch of SparkApplication in namespace default");
    assertThatThrownBy(() -> ResumeToken.parse("hello"))
        .isInstanceOf(InvalidResumeTokenException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> ResumeToken.parse("sparkapp-watch v1 SparkApplication default 7\nuid a 1 x RUNNING"))
        .isInstanceOf(InvalidResumeTokenException.class).hasMessageContaining("line 2");
  }

  @Test
  void waitForRidesOnTheWatch() {
    spark.apply(sparkPi("pi", "default"));
    state("pi", "COMPLETED", 1);
    assertThat(spark.waitFor("pi", Duration.ofSeconds(10), dev.sparkapp.core.ApplicationStateType.COMPLETED)
        .executionAttempts()).contains(1);
  }
}
