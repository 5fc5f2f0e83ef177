package dev.sparkapp.sparkit;

import static dev.sparkapp.sparkit.FastProbes.fast;
import static dev.sparkapp.sparkit.FastProbes.freePort;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.testing.ProbeOutcome;
import dev.sparkapp.testing.ProbeRunner;
import dev.sparkapp.testing.ProbeTimeline;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.spark.SparkConf;
import org.apache.spark.connect.proto.AnalyzePlanRequest;
import org.apache.spark.connect.proto.ExecutePlanRequest;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.apache.spark.connect.proto.Plan;
import org.apache.spark.connect.proto.Relation;
import org.apache.spark.connect.proto.SparkConnectServiceGrpc;
import org.apache.spark.connect.proto.UserContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connect.service.SparkConnectService$;
import org.junit.jupiter.api.Test;
import org.sparkproject.connect.grpc.ManagedChannel;
import org.sparkproject.connect.grpc.ManagedChannelBuilder;
import org.sparkproject.connect.grpc.Status;
import org.sparkproject.connect.grpc.StatusRuntimeException;
import org.sparkproject.connect.grpc.health.v1.HealthCheckRequest;
import org.sparkproject.connect.grpc.health.v1.HealthGrpc;
import scala.Option;

/**
 * The SparkConnect server presets, given to the server's builder (which attaches them as {@link ProbeSet}
 * does), run
 * with kubelet semantics against a real Spark Connect 4.0.1 server started in this JVM (local mode), and
 * the gRPC calls a client makes once the readiness probe passes.
 */
class SparkConnectServerProbeTest {
  private static final Duration RUN = Duration.ofSeconds(20);


  @Test
  void readinessPassesOnceTheServerServesLivenessWhileItRunsAndBothFailAfterItStops() throws Exception {
    int grpcPort = freePort();
    String uiPort = Integer.toString(freePort());
    SparkConnect connect = SparkConnect.builder().metadata(m -> m.withName("it"))
        .spec(s -> s.sparkVersion("4.0.1").image("apache/spark:4.0.1")
            .sparkConf(Map.of("spark.connect.grpc.binding.port", Integer.toString(grpcPort), "spark.ui.port", uiPort))
            .server(v -> v.readinessProbe(fast(Probes.connectGrpc())).livenessProbe(fast(Probes.sparkUi()))))
        .build();
    Container server = connect.spec().server().orElseThrow().template().orElseThrow().getSpec().getContainers().get(0);
    assertThat(server.getName()).isEqualTo("spark-kubernetes-driver");
    Probe readiness = server.getReadinessProbe();
    Probe liveness = server.getLivenessProbe();
    assertThat(readiness.getTcpSocket().getPort().getIntVal()).isEqualTo(grpcPort);

    SparkConf conf = new SparkConf().setMaster("local[1]").setAppName("sparkapp-connect-it")
        .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.connect.grpc.binding.address", "127.0.0.1")
        .set("spark.port.maxRetries", "0").set("spark.ui.showConsoleProgress", "false");
    connect.spec().sparkConf().forEach(conf::set);
    SparkSession session = SparkSession.builder().config(conf).getOrCreate();
    CompletableFuture<Void> started = null;
    try {
      // The SparkContext (and its UI) runs, the Connect service does not yet: not ready, but alive.
      assertThat(ProbeRunner.of(readiness).probeOnce().success()).as("readiness before the gRPC service").isFalse();
      assertThat(ProbeRunner.of(liveness).run(RUN).verdict()).isEqualTo(ProbeTimeline.Verdict.PASSED);

      started = CompletableFuture.runAsync(() -> {
        sleep(2_000);
        SparkConnectService$.MODULE$.start(session.sparkContext());
      });
      // The kubelet keeps probing readiness whatever the results; the pod turns Ready at the first success.
      List<ProbeOutcome> becomingReady = new ArrayList<>();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (becomingReady.isEmpty() || !becomingReady.get(becomingReady.size() - 1).success()) {
        assertThat(System.nanoTime()).as("readiness within 30 s: %s", becomingReady).isLessThan(deadline);
        becomingReady.add(ProbeRunner.of(readiness).probeOnce());
        sleep(readiness.getPeriodSeconds() * 1000L);
      }
      assertThat(becomingReady.get(0).success()).as("first attempt, before the service started").isFalse();
      started.get(30, TimeUnit.SECONDS);
      ProbeTimeline ready = ProbeRunner.of(readiness).run(RUN);
      assertThat(ready.verdict()).as("%s", ready).isEqualTo(ProbeTimeline.Verdict.PASSED);

      // Ready means serving: right after readiness passed, a client's spark.range(10).collect() runs.
      ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", grpcPort).usePlaintext().build();
      try {
        assertThat(collectRange(channel, 10)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(SparkConnectServiceGrpc.newBlockingStub(channel).analyzePlan(AnalyzePlanRequest.newBuilder()
            .setSessionId(UUID.randomUUID().toString()).setUserContext(user())
            .setSparkVersion(AnalyzePlanRequest.SparkVersion.getDefaultInstance()).build())
            .getSparkVersion().getVersion()).isEqualTo("4.0.1");
        // Why the readiness preset is a TCP connect: Spark 4.0.1 registers no standard gRPC health service,
        // so a Kubernetes grpc: probe against the same port fails.
        assertThatThrownBy(() -> HealthGrpc.newBlockingStub(channel).check(HealthCheckRequest.getDefaultInstance()))
            .isInstanceOfSatisfying(StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNIMPLEMENTED));
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
      ProbeTimeline alive = ProbeRunner.of(liveness).run(RUN);
      assertThat(alive.verdict()).as("%s", alive).isEqualTo(ProbeTimeline.Verdict.PASSED);
      assertThat(ProbeRunner.of(liveness).probeOnce().detail()).endsWith("/api/v1/version -> 200");
    } finally {
      if (started != null) {
        started.join();
      }
      SparkConnectService$.MODULE$.stop(Option.empty(), Option.empty());
      session.stop();
    }

    ProbeTimeline readinessAfterStop = ProbeRunner.of(readiness).run(RUN);
    ProbeTimeline livenessAfterStop = ProbeRunner.of(liveness).run(RUN);
    assertThat(readinessAfterStop.verdict()).as("%s", readinessAfterStop).isEqualTo(ProbeTimeline.Verdict.FAILED);
    assertThat(readinessAfterStop.outcomes()).hasSize(3).noneMatch(outcome -> outcome.success());
    assertThat(livenessAfterStop.verdict()).as("%s", livenessAfterStop).isEqualTo(ProbeTimeline.Verdict.FAILED);
  }

  private static UserContext user() {
    return UserContext.newBuilder().setUserId("sparkapp-it").build();
  }

  /**
   * {@code spark.range(n).collect()} as the Connect client sends it, executed by the server: returns the
   * ids of the Arrow batches it streams back, decoded.
   */
  private static List<Long> collectRange(ManagedChannel channel, long n) throws IOException {
    Relation range = Relation.newBuilder().setRange(org.apache.spark.connect.proto.Range.newBuilder()
        .setStart(0).setEnd(n).setStep(1)).build();
    ExecutePlanRequest request = ExecutePlanRequest.newBuilder()
        .setSessionId(UUID.randomUUID().toString()).setUserContext(user())
        .setPlan(Plan.newBuilder().setRoot(range)).build();
    List<Long> ids = new ArrayList<>();
    Iterator<ExecutePlanResponse> responses = SparkConnectServiceGrpc.newBlockingStub(channel).executePlan(request);
    while (responses.hasNext()) {
      ExecutePlanResponse response = responses.next();
      if (!response.hasArrowBatch()) {
        continue;
      }
      try (RootAllocator allocator = new RootAllocator();
          ArrowStreamReader reader = new ArrowStreamReader(
              new ByteArrayInputStream(response.getArrowBatch().getData().toByteArray()), allocator)) {
        while (reader.loadNextBatch()) {
          BigIntVector id = (BigIntVector) reader.getVectorSchemaRoot().getVector("id");
          for (int row = 0; row < reader.getVectorSchemaRoot().getRowCount(); row++) {
            ids.add(id.get(row));
          }
        }
      }
    }
    return ids;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
