package dev.sparkapp.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.apache.ApacheClusterSpec;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.probe.Probes;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every SparkCluster among the Apache operator's 1.0.0 examples, and every preset set that fits a master
 * and workers, the probes land where the operator runs the standalone daemons and on ports they open: the pods
 * are built as the operator builds them ({@link OperatorClusterPods}, transcribed from {@code
 * SparkClusterResourceSpec} at commit d8b19438), and the expectations come from that build (the container with
 * the start script, the UI port from the {@code -D} options or the declared {@code web} port, the RPC port the
 * workers dial), never from the presets. The probed manifests still pass the CRD schema and read back equal.
 */
class ApacheClusterExamplePresetsTest {
  /** Preset sets, by name: what the README and the samples recommend, and the other fitting combinations. */
  private static final Map<String, ProbeSet> SETS = sets();

  private static Map<String, ProbeSet> sets() {
    Map<String, ProbeSet> sets = new LinkedHashMap<>();
    sets.put("ui-everywhere", ProbeSet.none()
        .master(m -> m.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi()).readinessProbe(Probes.sparkUi()))
        .worker(w -> w.startupProbe(Probes.sparkUi()).livenessProbe(Probes.sparkUi()).readinessProbe(Probes.sparkUi())));
    sets.put("master-rpc-readiness", ProbeSet.none()
        .master(m -> m.livenessProbe(Probes.sparkUi()).readinessProbe(Probes.tcp(dev.sparkapp.core.SparkPod.MASTER)))
        .worker(w -> w.livenessProbe(Probes.sparkUi())));
    sets.put("master-only", ProbeSet.none().master(m -> m.livenessProbe(Probes.masterRpc())));
    return sets;
  }

  static Stream<Arguments> examplesAndSets() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(TestData.apacheExamples())) {
      files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    int clusters = 0;
    for (Path file : files) {
      for (ApacheSparkCluster cluster : SparkYaml.strict().read(file).resourcesOf(ApacheSparkCluster.class)) {
        clusters++;
        for (Map.Entry<String, ProbeSet> set : SETS.entrySet()) {
          cases.add(Arguments.of(file.getFileName().toString(), set.getKey(), cluster, set.getValue()));
          cases.add(Arguments.of(file.getFileName() + " +ui ports", set.getKey(), withUiPorts(cluster), set.getValue()));
        }
      }
    }
    assertThat(clusters).as("the SparkClusters of the examples").isEqualTo(8);
    return cases.stream();
  }

  /** The cluster with the master and worker UI moved by sparkConf, which the daemons read from their -D options. */
  private static ApacheSparkCluster withUiPorts(ApacheSparkCluster cluster) {
    return ApacheSparkCluster.builder().from(cluster).spec(ApacheClusterSpec.builder().from(cluster.spec())
        .putSparkConf("spark.master.ui.port", "18080").putSparkConf("spark.worker.ui.port", "18081").build()).build();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("examplesAndSets")
  void everyPresetSitsInTheDaemonsContainerOnAPortItOpens(String example, String setName, ApacheSparkCluster cluster,
      ProbeSet set) {
    ApacheSparkCluster probed = (ApacheSparkCluster) set.applyToAny(cluster);

    OperatorClusterPods.Built master = OperatorClusterPods.master(probed);
    OperatorClusterPods.Built worker = OperatorClusterPods.worker(probed);
    int masterUi = Integer.parseInt(master.systemProperties("SPARK_MASTER_OPTS")
        .getOrDefault("spark.master.ui.port", String.valueOf(master.declaredPort("web"))));
    int workerUi = Integer.parseInt(worker.systemProperties("SPARK_WORKER_OPTS")
        .getOrDefault("spark.worker.ui.port", String.valueOf(worker.declaredPort("web"))));
    int masterRpc = worker.dialledMasterPort().orElseThrow();

    assertThat(master.daemon().getArgs()).anyMatch(a -> a.contains("start-master.sh"));
    assertThat(worker.daemon().getArgs()).anyMatch(a -> a.contains("start-worker.sh"));
    checkProbes(example + " master", master, List.of(masterUi), List.of(masterRpc));
    checkProbes(example + " worker", worker, List.of(workerUi), List.of());
    assertThat(probesIn(master.daemon())).as("master probes").hasSize(count(set, probed, true));
    assertThat(probesIn(worker.daemon())).as("worker probes").hasSize(count(set, probed, false));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("examplesAndSets")
  void theProbedClusterPassesTheSchemaAndReadsBackEqual(String example, String setName, ApacheSparkCluster cluster,
      ProbeSet set) {
    ApacheSparkCluster probed = (ApacheSparkCluster) set.applyToAny(cluster);
    String yaml = SparkYaml.strict().toYaml(probed);

    ManifestDocument document = SparkYaml.strict().read(yaml).documents().get(0);
    assertThat(CrdSchemas.check(document.tree())).as(example).isEmpty();
    assertThat(document.resource()).isEqualTo(probed);
    assertThat(set.applyToAny(probed)).as("attaching twice changes nothing").isEqualTo(probed);
  }

  /** Every probe of the daemon's container: HTTP on a UI port the daemon opens at /json/, TCP on its RPC port. */
  private static void checkProbes(String what, OperatorClusterPods.Built built, List<Integer> uiPorts,
      List<Integer> rpcPorts) {
    for (Probe probe : probesIn(built.daemon())) {
      if (probe.getHttpGet() != null) {
        assertThat(probe.getHttpGet().getPort().getIntVal()).as(what + " http port").isIn(uiPorts);
        assertThat(probe.getHttpGet().getPath()).as(what + " http path").isEqualTo("/json/");
      } else {
        assertThat(probe.getTcpSocket()).as(what + " handler").isNotNull();
        assertThat(probe.getTcpSocket().getPort().getIntVal()).as(what + " tcp port").isIn(rpcPorts);
      }
    }
    for (Container other : built.pod().getContainers()) {
      if (other != built.daemon() && !other.getName().equals(built.daemon().getName())) {
        assertThat(probesIn(other)).as(what + ": no preset in container " + other.getName()).isEmpty();
      }
    }
  }

  private static List<Probe> probesIn(Container c) {
    return Stream.of(c.getLivenessProbe(), c.getReadinessProbe(), c.getStartupProbe()).filter(Objects::nonNull).toList();
  }

  /** The number of probe kinds the set gives the master or the worker (the examples carry none of their own). */
  private static int count(ProbeSet set, ApacheSparkCluster cluster, boolean master) {
    int n = 0;
    for (dev.sparkapp.core.ProbeKind kind : dev.sparkapp.core.ProbeKind.values()) {
      if (set.preset(master ? dev.sparkapp.core.SparkPod.MASTER : dev.sparkapp.core.SparkPod.WORKER, kind).isPresent()) {
        n++;
      }
    }
    return n;
  }
}
