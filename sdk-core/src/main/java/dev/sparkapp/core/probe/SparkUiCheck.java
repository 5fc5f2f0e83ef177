package dev.sparkapp.core.probe;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.SparkPorts;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import java.util.List;
import java.util.Map;

/**
 * HTTP GET of {@value #PATH} on the driver's UI port. That REST endpoint answers a small JSON document
 * with 200 and no redirect ({@code /} redirects to {@code /jobs/} and renders a page), and it is served by
 * the same Jetty server and thread pool as the UI, so a hung UI fails it. The UI only binds once the
 * SparkContext has started: pair the liveness probe with a startup probe, or keep the liveness probe's
 * initial delay.
 */
final class SparkUiCheck implements ProbeCheck {
  static final String PATH = "/api/v1/version";
  static final SparkUiCheck INSTANCE = new SparkUiCheck();

  private SparkUiCheck() {}

  @Override
  public String name() {
    return "spark-ui";
  }

  @Override
  public Map<String, String> pins(SparkPod pod, Map<String, String> sparkConf, FieldPath probePath) {
    requireDriver(pod, probePath);
    PinnedPorts.requireUiEnabled(sparkConf);
    return PinnedPorts.pinUnlessSet(sparkConf, SparkPorts.UI_PORT, SparkPorts.DEFAULT_UI_PORT);
  }

  @Override
  public void handler(ProbeBuilder probe, SparkPod pod, Map<String, String> sparkConf, FieldPath probePath) {
    requireDriver(pod, probePath);
    PinnedPorts.requireUiEnabled(sparkConf);
    int port = PinnedPorts.port(sparkConf, List.of(SparkPorts.UI_PORT), SparkPorts.DEFAULT_UI_PORT);
    probe.withNewHttpGet().withPath(PATH).withPort(new IntOrString(port)).withScheme("HTTP").endHttpGet();
  }

  private static void requireDriver(SparkPod pod, FieldPath probePath) {
    if (pod != SparkPod.DRIVER) {
      throw new ProbePresetException(probePath,
          "executors serve no Spark UI; use Probes.blockManager() (tcp) or Probes.logStaleness(...) for executors");
    }
  }
}
