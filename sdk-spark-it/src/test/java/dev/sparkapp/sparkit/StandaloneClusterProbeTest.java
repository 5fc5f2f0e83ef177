package dev.sparkapp.sparkit;

import static dev.sparkapp.sparkit.FastProbes.fast;
import static dev.sparkapp.sparkit.FastProbes.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import dev.sparkapp.testing.ProbeRunner;
import dev.sparkapp.testing.ProbeTimeline;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.spark.SparkConf;
import org.apache.spark.deploy.master.Master$;
import org.apache.spark.deploy.master.MasterArguments;
import org.apache.spark.deploy.worker.Worker$;
import org.apache.spark.deploy.worker.WorkerArguments;
import org.apache.spark.rpc.RpcEnv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Option;

/**
 * The presets of a SparkCluster's master and workers, rendered as {@link ProbeSet} attaches them, run with
 * kubelet semantics against a real Spark 4.0.1 standalone {@code Master} and {@code Worker} in this JVM, started
 * as {@code start-master.sh} / {@code start-worker.sh} start them in the Apache operator's pods: {@code --port
 * 7077 --webui-port 8080} (worker: {@code --webui-port 8081 spark://...:7077}) with the cluster's {@code
 * sparkConf} as system properties (the operator's {@code SPARK_MASTER_OPTS} / {@code SPARK_WORKER_OPTS}), read
 * by Spark's own {@code MasterArguments} / {@code WorkerArguments}.
 *
 * <p>In the pod the master binds 7077, the port the master-rpc preset probes, and the test checks that the
 * rendered probe names it. On a shared machine 7077 may be taken (Spark then silently binds the next port), so the
 * master here binds a free port and that one probe is pointed at it; everything else runs as rendered.
 */
class StandaloneClusterProbeTest {
  private static final Duration RUN = Duration.ofSeconds(12);

  @Test
  void uiAndRpcPresetsPassOnARealMasterAndWorkerAndFailOnceTheMasterStops(@TempDir Path work)
      throws IOException {
    int masterUi = freePort();
    int workerUi = freePort();
    ApacheSparkCluster cluster = ApacheSparkCluster.builder().metadata(m -> m.withName("it"))
        .spec(s -> s.runtimeVersions(v -> v.sparkVersion("4.0.1"))
            .clusterTolerations(t -> t.instanceConfig(i -> i.initWorkers(1).minWorkers(1).maxWorkers(1)))
            .putSparkConf("spark.master.ui.port", Integer.toString(masterUi))
            .putSparkConf("spark.worker.ui.port", Integer.toString(workerUi)))
        .probes(ProbeSet.none()
            .master(m -> m.livenessProbe(fast(Probes.sparkUi())).readinessProbe(fast(Probes.masterRpc())))
            .worker(w -> w.livenessProbe(fast(Probes.sparkUi()))))
        .build();
    Container rendered = cluster.spec().masterSpec().orElseThrow().statefulSetSpec().orElseThrow()
        .getTemplate().getSpec().getContainers().get(0);
    assertThat(rendered.getReadinessProbe().getTcpSocket().getPort().getIntVal())
        .as("the master-rpc preset probes the port start-master.sh passes the master").isEqualTo(7077);
    int masterRpc = freePort();
    Container master = withRpcPort(rendered, masterRpc);
    Container worker = cluster.spec().workerSpec().orElseThrow().statefulSetSpec().orElseThrow().getTemplate()
        .getSpec().getContainers().get(0);

    // No silent move to the next port: a taken port fails the start instead of probing someone else's.
    SparkConf conf = new SparkConf(false).set("spark.ui.showConsoleProgress", "false").set("spark.port.maxRetries", "0");
    cluster.spec().sparkConf().forEach(conf::set);
    MasterArguments masterArgs = new MasterArguments(
        new String[] {"--host", "127.0.0.1", "--port", Integer.toString(masterRpc), "--webui-port", "8080"},
        conf);
    WorkerArguments workerArgs = new WorkerArguments(
        new String[] {"--host", "127.0.0.1", "--webui-port", "8081", "--cores", "1", "--memory", "512m",
            "--work-dir", work.toString(), "spark://127.0.0.1:" + masterRpc}, conf);
    assertThat(masterArgs.webUiPort()).as("spark.master.ui.port wins over --webui-port").isEqualTo(masterUi);
    assertThat(workerArgs.webUiPort()).as("spark.worker.ui.port wins over --webui-port").isEqualTo(workerUi);

    RpcEnv masterEnv = Master$.MODULE$.startRpcEnvAndEndpoint(masterArgs.host(), masterArgs.port(),
        masterArgs.webUiPort(), conf)._1();
    assertThat(masterEnv.address().port()).as("the master bound the port it was given").isEqualTo(masterRpc);
    RpcEnv workerEnv = null;
    try {
      workerEnv = Worker$.MODULE$.startRpcEnvAndEndpoint("127.0.0.1", 0, workerArgs.webUiPort(), 1, 512,
          new String[] {"spark://127.0.0.1:" + masterRpc}, work.toString(), Option.empty(), conf, Option.empty());
      for (Probe probe : new Probe[] {master.getLivenessProbe(), master.getReadinessProbe(), worker.getLivenessProbe()}) {
        ProbeTimeline running = ProbeRunner.of(probe).run(RUN);
        assertThat(running.verdict()).as("%s", running).isEqualTo(ProbeTimeline.Verdict.PASSED);
      }
      assertThat(ProbeRunner.of(master.getLivenessProbe()).probeOnce().detail()).endsWith("/json/ -> 200");
      assertThat(ProbeRunner.of(worker.getLivenessProbe()).probeOnce().detail()).endsWith("/json/ -> 200");
      Probe restApi = new ProbeBuilder(master.getLivenessProbe()).editHttpGet().withPath("/api/v1/version")
          .endHttpGet().build();
      assertThat(ProbeRunner.of(restApi).probeOnce().detail())
          .as("the status REST API answers too, from Jetty alone; /json/ also asks the master's RPC endpoint")
          .endsWith("/api/v1/version -> 200");
    } finally {
      if (workerEnv != null) {
        workerEnv.shutdown();
        workerEnv.awaitTermination();
      }
      masterEnv.shutdown();
      masterEnv.awaitTermination();
    }
    ProbeTimeline afterStop = ProbeRunner.of(master.getReadinessProbe()).run(RUN);
    assertThat(afterStop.verdict()).as("%s", afterStop).isEqualTo(ProbeTimeline.Verdict.FAILED);
  }

  /** The rendered container with its master-rpc readiness probe pointed at {@code port}. */
  private static Container withRpcPort(Container rendered, int port) {
    return new ContainerBuilder(rendered).editReadinessProbe().editTcpSocket()
        .withPort(new IntOrString(port)).endTcpSocket().endReadinessProbe().build();
  }
}
