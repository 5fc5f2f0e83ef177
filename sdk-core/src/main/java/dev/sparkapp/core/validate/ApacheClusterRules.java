package dev.sparkapp.core.validate;

import dev.sparkapp.core.FieldPath;
import dev.sparkapp.core.apache.ApacheClusterSpec;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.core.apache.WorkerInstanceConfig;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A SparkCluster as the Apache operator 1.0.0 builds it (SparkClusterResourceSpec): the worker bounds
 * become the worker StatefulSet's replicas ({@code initWorkers}) and, when {@code minWorkers < maxWorkers},
 * a HorizontalPodAutoscaler's bounds; the operator adds its own named ports to the template containers
 * {@code master} (web 8080, spark 7070, rest 6066) and {@code worker} (web 8081), and its Services send to
 * the UI ports 8080 and 8081 whatever {@code sparkConf} says; it sets the StatefulSets' {@code replicas}
 * itself.
 */
final class ApacheClusterRules implements ApacheRule {
  static final String WORKER_BOUNDS = "apache-worker-bounds";
  static final String PORT_NAME = "apache-port-name";
  static final String UI_PORT_MOVED = "apache-ui-port-moved";
  static final String REPLICAS = "apache-replicas-overridden";

  /** The ports the operator adds to the master container, by name. */
  static final Map<String, Integer> MASTER_PORTS = Map.of("web", 8080, "spark", 7070, "rest", 6066);
  /** The port the operator adds to the worker container, by name. */
  static final Map<String, Integer> WORKER_PORTS = Map.of("web", 8081);

  private static final FieldPath SPEC = FieldPath.of("spec");

  @Override
  public void checkCluster(ApacheSparkCluster cluster, Findings findings) {
    ApacheClusterSpec spec = cluster.spec();
    checkWorkers(spec.clusterTolerations().instanceConfig(), findings);
    Optional<StatefulSetSpec> master = spec.masterSpec().flatMap(m -> m.statefulSetSpec());
    Optional<StatefulSetSpec> worker = spec.workerSpec().flatMap(w -> w.statefulSetSpec());
    checkPorts(master, "masterSpec", "master", MASTER_PORTS, findings);
    checkPorts(worker, "workerSpec", "worker", WORKER_PORTS, findings);
    master.map(StatefulSetSpec::getReplicas).ifPresent(r -> findings.warning(
        SPEC.field("masterSpec").field("statefulSetSpec").field("replicas"), REPLICAS, "the operator runs exactly one "
            + "master and sets replicas to 1, so " + r + " is never used: remove it"));
    worker.map(StatefulSetSpec::getReplicas).ifPresent(r -> findings.warning(
        SPEC.field("workerSpec").field("statefulSetSpec").field("replicas"), REPLICAS, "the operator sets the worker "
            + "StatefulSet's replicas to clusterTolerations.instanceConfig.initWorkers, so " + r + " is never used: "
            + "set initWorkers instead"));
    Map<String, String> conf = spec.sparkConf() == null ? Map.of() : spec.sparkConf();
    uiPort(conf, "spark.master.ui.port", 8080, "master", findings);
    uiPort(conf, "spark.worker.ui.port", 8081, "worker", findings);
  }

  private static void checkWorkers(WorkerInstanceConfig workers, Findings findings) {
    FieldPath at = SPEC.field("clusterTolerations").field("instanceConfig");
    boolean negative = false;
    for (Map.Entry<String, Integer> count : Map.of("initWorkers", workers.initWorkers(), "minWorkers",
        workers.minWorkers(), "maxWorkers", workers.maxWorkers()).entrySet().stream()
        .sorted(Map.Entry.comparingByKey()).toList()) {
      if (count.getValue() < 0) {
        negative = true;
        findings.error(at.field(count.getKey()), WORKER_BOUNDS, count.getKey() + " is " + count.getValue()
            + "; a number of workers cannot be negative");
      }
    }
    if (negative) {
      return;
    }
    if (workers.minWorkers() > workers.maxWorkers()) {
      findings.error(at.field("minWorkers"), WORKER_BOUNDS, "minWorkers (" + workers.minWorkers() + ") is greater "
          + "than maxWorkers (" + workers.maxWorkers() + "): make minWorkers at most maxWorkers");
    } else if (workers.initWorkers() < workers.minWorkers() || workers.initWorkers() > workers.maxWorkers()) {
      findings.warning(at.field("initWorkers"), WORKER_BOUNDS, "initWorkers (" + workers.initWorkers() + ") is outside "
          + "minWorkers..maxWorkers (" + workers.minWorkers() + ".." + workers.maxWorkers() + ")"
          + (workers.minWorkers() < workers.maxWorkers() ? ": the autoscaler moves the workers into that range at once"
              : ", and with minWorkers = maxWorkers the operator adds no autoscaler: the cluster keeps " + workers.initWorkers()
                  + " workers"));
    }
  }

  private static void checkPorts(Optional<StatefulSetSpec> statefulSet, String field, String containerName,
      Map<String, Integer> operatorPorts, Findings findings) {
    Optional<List<Container>> containers = statefulSet.map(StatefulSetSpec::getTemplate)
        .map(PodTemplateSpec::getSpec).map(p -> p.getContainers());
    List<Container> list = containers.orElse(List.of());
    for (int c = 0; c < list.size(); c++) {
      Container container = list.get(c);
      if (!containerName.equals(container.getName()) || container.getPorts() == null) {
        continue;
      }
      for (int p = 0; p < container.getPorts().size(); p++) {
        ContainerPort port = container.getPorts().get(p);
        if (port.getName() != null && operatorPorts.containsKey(port.getName())) {
          findings.error(SPEC.field(field).field("statefulSetSpec").field("template").field("spec")
                  .field("containers").index(c).field("ports").index(p).field("name"), PORT_NAME,
              "the operator adds a port named '" + port.getName() + "' (" + operatorPorts.get(port.getName())
                  + ") to the " + containerName + " container, and port names must be unique in a pod, so the "
                  + "API server refuses the StatefulSet: rename or remove this port");
        }
      }
    }
  }

  private static void uiPort(Map<String, String> conf, String key, int port, String role, Findings findings) {
    String value = conf.get(key);
    if (value != null && !value.trim().equals(String.valueOf(port))) {
      findings.warning(SPEC.field("sparkConf").field(key), UI_PORT_MOVED, key + " is " + value + ", but the operator's "
          + role + " Service and container port 'web' stay at " + port + ", so the " + role + " UI is not reachable "
          + "through them: remove it");
    }
  }
}
