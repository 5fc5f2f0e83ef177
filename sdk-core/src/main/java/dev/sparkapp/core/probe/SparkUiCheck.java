package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPorts;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.util.List;
import java.util.Map;

/**
 * HTTP GET of {@value #PATH} on the driver's UI port, or of {@value #STANDALONE_PATH} on a standalone master's
 * or worker's UI port (see {@link #STANDALONE_PATH}). That REST endpoint answers a small JSON document
 * with 200 and no redirect ({@code /} redirects to {@code /jobs/} and renders a page), and it is served by
 * the same Jetty server and thread pool as the UI, so a hung UI fails it. The UI only binds once the
 * SparkContext has started: pair the liveness probe with a startup probe, or keep the liveness probe's
 * initial delay.
 */
final class SparkUiCheck implements ProbeCheck {
  static final String PATH = "/api/v1/version";
  /**
   * The path a standalone master's and worker's UI answer with 200 and a small JSON document of their state:
   * {@code MasterPage} and {@code WorkerPage} are attached at {@code /}, and Spark's {@code WebUI.attachPage}
   * adds {@code <page>/json} for each page's {@code renderJson}, which asks the daemon's RPC endpoint for its
   * state ({@code RequestMasterState} / {@code RequestWorkerState}), so a master or worker whose event loop
   * hangs fails it. Spark 4.0.1's standalone UIs also answer {@code /api/v1/version} with 200
   * ({@code sdk-spark-it StandaloneClusterProbeTest}), but from Jetty alone. With the trailing slash Jetty
   * answers without the redirect it sends for {@code /json}.
   */
  static final String STANDALONE_PATH = "/json/";
  private static final String UI_DISABLED = "nothing answers the spark-ui probe";
  static final SparkUiCheck INSTANCE = new SparkUiCheck();

  private SparkUiCheck() {}

  @Override
  public String name() {
    return "spark-ui";
  }

  @Override
  public Map<String, String> pins(SparkPod pod, SparkConfAt sparkConf, FieldPath probePath) {
    if (pod.isClusterRole()) {
      standalonePort(pod, sparkConf);
      return Map.of(); // start-master.sh / start-worker.sh fix the default; nothing to pin
    }
    requireDriver(pod, probePath);
    PinnedPorts.requireUiEnabled(sparkConf, UI_DISABLED);
    return PinnedPorts.uiPin(sparkConf);
  }

  @Override
  public void handler(ProbeBuilder probe, SparkPod pod, SparkConfAt sparkConf, FieldPath probePath) {
    if (pod.isClusterRole()) {
      probe.withNewHttpGet().withPath(STANDALONE_PATH).withPort(new IntOrString(standalonePort(pod, sparkConf)))
          .withScheme("HTTP").endHttpGet();
      return;
    }
    requireDriver(pod, probePath);
    PinnedPorts.requireUiEnabled(sparkConf, UI_DISABLED);
    probe.withNewHttpGet().withPath(PATH).withPort(new IntOrString(PinnedPorts.uiPort(sparkConf))).withScheme("HTTP")
        .endHttpGet();
  }

  /** The UI port of a standalone master or worker: {@code spark.master.ui.port} / {@code spark.worker.ui.port}, else 8080 / 8081. */
  static int standalonePort(SparkPod pod, SparkConfAt sparkConf) {
    return pod == SparkPod.MASTER
        ? PinnedPorts.port(sparkConf, List.of(SparkPorts.MASTER_UI_PORT), SparkPorts.DEFAULT_MASTER_UI_PORT)
        : PinnedPorts.port(sparkConf, List.of(SparkPorts.WORKER_UI_PORT), SparkPorts.DEFAULT_WORKER_UI_PORT);
  }

  private static void requireDriver(SparkPod pod, FieldPath probePath) {
    if (pod != SparkPod.DRIVER) {
      throw new ProbePresetException(probePath,
          "executors serve no Spark UI; use Probes.blockManager() (tcp) or Probes.logStaleness(...) for executors");
    }
  }
}
