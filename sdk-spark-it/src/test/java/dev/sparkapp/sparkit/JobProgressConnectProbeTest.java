package dev.sparkapp.sparkit;

import static dev.sparkapp.sparkit.FastProbes.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.testing.ProbeOutcome;
import dev.sparkapp.testing.ProbeRunner;
import dev.sparkapp.testing.ProbeTimeline;
import io.fabric8.kubernetes.api.model.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.connect.proto.ExecutePlanRequest;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.apache.spark.connect.proto.Plan;
import org.apache.spark.connect.proto.Relation;
import org.apache.spark.connect.proto.SQL;
import org.apache.spark.connect.proto.SparkConnectServiceGrpc;
import org.apache.spark.connect.proto.UserContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connect.service.SparkConnectService$;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkproject.connect.grpc.ManagedChannel;
import org.sparkproject.connect.grpc.ManagedChannelBuilder;
import scala.Option;

/**
 * Case e of issue 18: the job-progress preset on a SparkConnect server (given to the server's builder),
 * its command run with bash and the image's tools against a real Spark Connect 4.0.1 server in this JVM
 * (local mode): an idle client session passes, a query whose task blocks fails after the stall. Public, with
 * a public {@link #block}, because the blocking query calls it through SQL's {@code reflect}.
 */
public class JobProgressConnectProbeTest {
  private static final Duration STALL = JobProgressProbeTest.STALL;
  static final CountDownLatch GATE = new CountDownLatch(1);

  @TempDir Path dir;

  /** Called by the blocking query through {@code reflect(...)}: waits until the test opens the gate. */
  public static String block(String tag) throws InterruptedException {
    GATE.await(120, TimeUnit.SECONDS);
    return tag;
  }

  @Test
  void idleSessionPassesAndABlockedQueryFailsAfterTheStall() throws Exception {
    int grpcPort = freePort();
    String uiPort = Integer.toString(freePort());
    Path state = Files.createDirectories(dir.resolve("state"));
    SparkConnect connect = SparkConnect.builder().metadata(m -> m.withName("it"))
        .spec(s -> s.sparkVersion("4.0.1").image("apache/spark:4.0.1")
            .sparkConf(Map.of("spark.connect.grpc.binding.port", Integer.toString(grpcPort),
                "spark.ui.port", uiPort, "spark.executor.heartbeatInterval", "2s"))
            .server(v -> v.livenessProbe(Probes.jobProgress(STALL).withStateDirectory(state.toString())
                .withInitialDelay(Duration.ZERO).withPeriod(Duration.ofSeconds(2)).withTimeout(Duration.ofSeconds(15))
                .withFailureThreshold(2))))
        .build();
    Container server = connect.spec().server().orElseThrow().template().orElseThrow().getSpec().getContainers().get(0);
    assertThat(server.getName()).isEqualTo("spark-kubernetes-driver");
    ProbeRunner probe = ProbeRunner.of(server.getLivenessProbe()).withEnvironment(ImageTools.environment(dir));

    SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("sparkapp-connect-job-progress-it")
        .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.connect.grpc.binding.address", "127.0.0.1")
        .set("spark.port.maxRetries", "0").set("spark.ui.showConsoleProgress", "false");
    connect.spec().sparkConf().forEach(conf::set);
    SparkSession session = SparkSession.builder().config(conf).getOrCreate();
    ManagedChannel channel = null;
    CompletableFuture<String> query = null;
    try {
      SparkConnectService$.MODULE$.start(session.sparkContext());
      channel = ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
      String sessionId = UUID.randomUUID().toString();
      assertThat(sql(channel, sessionId, "SELECT 1 + 1 AS two")).isTrue();
      // The first /api/v1 request initialises Spark's REST servlet, which takes seconds on a busy machine; in
      // a pod the startup probe holds liveness back until then.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (!probe.probeOnce().success()) {
        assertThat(System.nanoTime()).as("the UI answers within 90s").isLessThan(deadline);
        Thread.sleep(1_000);
      }

      // An open, idle client session: no running job however long it waits.
      ProbeTimeline idle = probe.runUntilFailure(STALL.multipliedBy(3));
      JobProgressProbeTest.assertNeverFailed(idle);
      assertThat(idle.outcomes()).filteredOn(ProbeOutcome::success)
          .allSatisfy(o -> assertThat(o.detail()).isEqualTo("exit 0: no running job"));

      ManagedChannel client = channel;
      query = CompletableFuture.supplyAsync(() -> sql(client, sessionId,
          "SELECT reflect('" + JobProgressConnectProbeTest.class.getName() + "', 'block', CAST(id AS STRING)) "
              + "FROM range(1)") ? "done" : "no rows");
      ProbeTimeline blocked = probe.runUntilFailure(JobProgressProbeTest.FAILS_WITHIN);
      assertThat(blocked.verdict()).as("%s", blocked).isEqualTo(ProbeTimeline.Verdict.FAILED);
      ProbeOutcome last = blocked.outcomes().get(blocked.outcomes().size() - 1);
      assertThat(last.detail()).matches("exit 1: job \\d+ stage \\d+: no task progress for \\d+s \\(limit 8s\\)");
      assertThat(blocked.outcomes()).filteredOn(o -> o.at().compareTo(STALL.minusSeconds(1)) < 0)
          .allSatisfy(o -> assertThat(o.detail()).as("%s", blocked).doesNotContain("no task progress"));

      assertThat(query).as("the query still runs").isNotDone();
      GATE.countDown();
      assertThat(query.get(60, TimeUnit.SECONDS)).isEqualTo("done");
      ProbeOutcome after = probe.probeOnce();
      assertThat(after.success()).as("%s", after).isTrue();
    } finally {
      GATE.countDown();
      if (channel != null) {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
      SparkConnectService$.MODULE$.stop(Option.empty(), Option.empty());
      session.stop();
    }
  }

  /** Runs {@code query} as a Connect client does; returns whether the server streamed a result batch. */
  private static boolean sql(ManagedChannel channel, String sessionId, String query) {
    Relation relation = Relation.newBuilder().setSql(SQL.newBuilder().setQuery(query)).build();
    ExecutePlanRequest request = ExecutePlanRequest.newBuilder().setSessionId(sessionId)
        .setUserContext(UserContext.newBuilder().setUserId("sparkapp-it"))
        .setPlan(Plan.newBuilder().setRoot(relation)).build();
    boolean rows = false;
    Iterator<ExecutePlanResponse> responses = SparkConnectServiceGrpc.newBlockingStub(channel).executePlan(request);
    while (responses.hasNext()) {
      rows |= responses.next().hasArrowBatch();
    }
    return rows;
  }
}
