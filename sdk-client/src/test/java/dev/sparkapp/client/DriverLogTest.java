package dev.sparkapp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.SparkApplication;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Driver logs on fabric8's mock server: CRUD for the application and pod, expectations for the log endpoint. */
@EnableKubernetesMockClient(crud = true, https = false)
class DriverLogTest {
  static final String LOG = "/api/v1/namespaces/default/pods/pi-driver/log?pretty=false&container=spark-kubernetes-driver";

  KubernetesMockServer server;
  KubernetesClient kubernetes;
  SparkClient spark;

  @BeforeEach
  void setUp() {
    Fixtures.installOperator(server);
    spark = Fixtures.createOrReplaceClient(kubernetes);
    spark.apply(Fixtures.sparkPi("pi", "default"));
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "pi", "{\"applicationState\":{\"state\":\"RUNNING\"},"
        + "\"driverInfo\":{\"podName\":\"pi-driver\"}}");
  }

  @Test
  void theTailAsksTheServerForLinesAndBytesAndKeepsNoMore() {
    server.expect().get().withPath(LOG + "&tailLines=2&limitBytes=40")
        .andReturn(200, "line one is long enough\nline two\nline three is cut by the byte limit").once();

    LogTail tail = spark.driverLog(SparkApplication.class, "pi", LogOptions.builder().tailLines(2).limitBytes(40).build());

    assertThat(tail.pod()).isEqualTo("pi-driver");
    assertThat(tail.lines()).as("the client stops at the byte limit too").containsExactly("line two", "line th");
    assertThat(tail.truncated()).isTrue();
  }

  @Test
  void thePreviousContainersLogIsAskedWithPrevious() {
    server.expect().get().withPath(LOG + "&previous=true&tailLines=100&limitBytes=65536")
        .andReturn(200, "java.lang.OutOfMemoryError: Java heap space\n").once();

    LogTail tail = spark.driverLog(SparkApplication.class, "pi", LogOptions.builder().previous(true).build());

    assertThat(tail.previous()).isTrue();
    assertThat(tail.lines()).containsExactly("java.lang.OutOfMemoryError: Java heap space");
    assertThat(tail.truncated()).isFalse();
  }

  @Test
  void anApplicationWithoutADriverPodSaysSo() {
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "pi", "{\"applicationState\":{\"state\":\"\"},"
        + "\"driverInfo\":null}");
    assertThatThrownBy(() -> spark.driverLog(SparkApplication.class, "pi", LogOptions.defaults()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("has no driver pod (state NEW)");
  }

  @Test
  void aFollowReconnectsFromTheLastTimestampWithoutRepeatingALine() {
    Recorded.store(kubernetes, List.of(Recorded.driver("pi", "u1", null, "Running",
        Recorded.running("spark-kubernetes-driver", "2026-12-02T10:00:00Z"))), List.of());
    server.expect().get().withPath(LOG + "&tailLines=10&timestamps=true&follow=true")
        .andReturn(200, "2026-12-02T10:00:01.000000001Z one\n2026-12-02T10:00:02.5Z two\n").once();
    server.expect().get().withPath(LOG + "&sinceTime=2026-12-02T10:00:02.5Z&timestamps=true&follow=true")
        .andReturn(200, "2026-12-02T10:00:02.5Z two\n2026-12-02T10:00:03Z three\n").once();
    List<String> lines = new CopyOnWriteArrayList<>();

    try (LogFollow follow = spark.followDriverLog(SparkApplication.class, "pi", 10, 1, lines::add)) {
      assertThat(follow.await(Duration.ofSeconds(20))).isTrue();
    }

    assertThat(lines).containsExactly("one", "two", "three");
  }
}
