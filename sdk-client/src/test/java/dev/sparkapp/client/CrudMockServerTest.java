package dev.sparkapp.client;

import static dev.sparkapp.client.Fixtures.sparkPi;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkApplication;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link CrudMockServer} keeps answering when a watch closes while the mock still writes to it. */
class CrudMockServerTest {
  private static final int APPLICATIONS = 100;
  private static final int WATCHES = 20;

  KubernetesMockServer server;
  KubernetesClient kubernetes;

  @BeforeEach
  void setUp() {
    server = CrudMockServer.start();
    kubernetes = server.createClient();
    Fixtures.installOperator(server);
  }

  @AfterEach
  void tearDown() {
    try {
      kubernetes.close();
    } finally {
      server.destroy();
    }
  }

  /**
   * Each watch closes at once, while the mock replays the {@value #APPLICATIONS} applications to it as
   * {@code ADDED}; a list follows, with fabric8's default request timeout (10 s), and after the test the server shuts
   * down ({@code MockWebServer.shutdown} waits 10 s). On fabric8's own CRUD mock, 9 of 30 such closes deadlocked its
   * event loop for 30 s (the list timed out); one deadlock in {@value #WATCHES} fails this test.
   */
  @Test
  void aWatchClosedDuringTheMocksReplayLeavesTheServerAnswering() {
    SparkClient spark = SparkClient.of(kubernetes).inNamespace("default").withOptions(
        SparkClientOptions.defaults().toBuilder().strategy(ApplyStrategy.CREATE_OR_REPLACE).build());
    for (int i = 0; i < APPLICATIONS; i++) {
      spark.apply(sparkPi("app-" + i, "default"));
    }
    for (int i = 0; i < WATCHES; i++) {
      spark.watch(SparkApplication.class, transition -> { }).close();
      assertThat(spark.list(SparkApplication.class)).as("the list after watch %d", i + 1).hasSize(APPLICATIONS);
    }
  }
}
