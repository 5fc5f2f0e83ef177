package dev.sparkapp.yaml;

import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.core.apache.MasterSpec;
import dev.sparkapp.core.apache.WorkerSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The master and worker pods the Apache operator builds for a SparkCluster, transcribed (behaviour, not code)
 * from apache/spark-kubernetes-operator 1.0.0, commit d8b19438bd96c6c2f52ee58425ec192b6cc825fc:
 * <ul>
 *   <li>{@code spark-submission-worker/.../SparkClusterSubmissionWorker.java} {@code getResourceSpec}: the conf is
 *       {@code spec.sparkConf} ({@code {{SPARK_VERSION}}} replaced in the image) plus {@code
 *       spark.kubernetes.namespace};</li>
 *   <li>{@code spark-submission-worker/.../SparkClusterResourceSpec.java}: every conf entry becomes {@code
 *       -Dkey="value" } in one options string; {@code buildMasterStatefulSet} / {@code buildWorkerStatefulSet}
 *       start from the user's {@code statefulSetSpec} (template included), append a container named {@code
 *       master} / {@code worker} when no container has that name, and edit the first container of that name:
 *       image, env ({@code SPARK_MASTER_OPTS}; {@code SPARK_LOG_DIR} and {@code SPARK_WORKER_OPTS}), command
 *       {@code bash}, args {@code -c "start-master.sh && while spark-daemon.sh status ..."} (the worker's
 *       dials {@code spark://<name>-master-svc:7077}), ports web 8080, spark 7070, rest 6066 (worker: web
 *       8081). Everything else in the template, probes included, stays.</li>
 * </ul>
 * Then, from Spark 4.0.1's {@code sbin/start-master.sh} / {@code start-worker.sh} and {@code MasterArguments} /
 * {@code WorkerArguments}: the daemons listen on their UI port, {@code --webui-port} 8080 / 8081 unless the
 * {@code -Dspark.master.ui.port} / {@code -Dspark.worker.ui.port} system property says otherwise, and the
 * master on the RPC port the workers dial.
 */
final class OperatorClusterPods {
  private static final Pattern OPTION = Pattern.compile("-D([^=]+)=\"([^\"]*)\" ");
  private static final Pattern MASTER_URL = Pattern.compile("spark://[^ :]+:(\\d+)");

  private OperatorClusterPods() {}

  /** A built pod: its spec and the container the daemon runs in. */
  record Built(PodSpec pod, Container daemon) {
    /** The daemon's options, parsed back from its {@code SPARK_*_OPTS} env as the JVM receives them. */
    Map<String, String> systemProperties(String env) {
      Map<String, String> props = new LinkedHashMap<>();
      String opts = daemon.getEnv().stream().filter(e -> env.equals(e.getName())).map(EnvVar::getValue)
          .findFirst().orElseThrow();
      Matcher m = OPTION.matcher(opts);
      while (m.find()) {
        props.put(m.group(1), m.group(2));
      }
      return props;
    }

    /** The containerPort the operator declares under {@code name}. */
    int declaredPort(String name) {
      return daemon.getPorts().stream().filter(p -> name.equals(p.getName())).map(ContainerPort::getContainerPort)
          .findFirst().orElseThrow();
    }

    /** The port of {@code spark://...:port} in the daemon's start command (the worker's). */
    Optional<Integer> dialledMasterPort() {
      Matcher m = MASTER_URL.matcher(String.join(" ", daemon.getArgs()));
      return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
  }

  static Built master(ApacheSparkCluster cluster) {
    Optional<StatefulSetSpec> set = cluster.spec().masterSpec().flatMap(MasterSpec::statefulSetSpec);
    return build(cluster, set, "master", List.of(env("SPARK_MASTER_OPTS", options(cluster))),
        "/opt/spark/sbin/start-master.sh && while /opt/spark/sbin/spark-daemon.sh status "
            + "org.apache.spark.deploy.master.Master 1; do sleep 1; done",
        List.of(port("web", 8080), port("spark", 7070), port("rest", 6066)));
  }

  static Built worker(ApacheSparkCluster cluster) {
    Optional<StatefulSetSpec> set = cluster.spec().workerSpec().flatMap(WorkerSpec::statefulSetSpec);
    String name = cluster.metadata().getName();
    return build(cluster, set, "worker",
        List.of(env("SPARK_LOG_DIR", "/opt/spark/work/logs"), env("SPARK_WORKER_OPTS", options(cluster))),
        "/opt/spark/sbin/start-worker.sh spark://" + name + "-master-svc:7077 && while "
            + "/opt/spark/sbin/spark-daemon.sh status org.apache.spark.deploy.worker.Worker 1; do sleep 1; done",
        List.of(port("web", 8081)));
  }

  private static Built build(ApacheSparkCluster cluster, Optional<StatefulSetSpec> set, String name, List<EnvVar> env,
      String script, List<ContainerPort> ports) {
    PodSpec user = set.map(StatefulSetSpec::getTemplate).map(PodTemplateSpec::getSpec).orElse(null);
    List<Container> containers = new ArrayList<>(user == null || user.getContainers() == null ? List.of()
        : user.getContainers());
    int index = -1;
    for (int i = 0; i < containers.size() && index < 0; i++) {
      if (name.equals(containers.get(i).getName())) {
        index = i;
      }
    }
    if (index < 0) {
      containers.add(new ContainerBuilder().withName(name).build());
      index = containers.size() - 1;
    }
    Container daemon = new ContainerBuilder(containers.get(index)).withImage(image(cluster)).addAllToEnv(env)
        .addToCommand("bash").addToArgs("-c", script).addAllToPorts(ports).build();
    containers.set(index, daemon);
    PodSpec pod = (user == null ? new PodSpecBuilder() : new PodSpecBuilder(user)).withContainers(containers)
        .withTerminationGracePeriodSeconds(0L).build();
    return new Built(pod, daemon);
  }

  private static Map<String, String> conf(ApacheSparkCluster cluster) {
    Map<String, String> conf = new LinkedHashMap<>();
    String version = cluster.spec().runtimeVersions().sparkVersion();
    Map<String, String> user = cluster.spec().sparkConf() == null ? Map.of() : cluster.spec().sparkConf();
    user.forEach((k, v) -> conf.put(k, "spark.kubernetes.container.image".equals(k)
        ? v.replace("{{SPARK_VERSION}}", version) : v));
    conf.put("spark.kubernetes.namespace", String.valueOf(cluster.metadata().getNamespace()));
    return conf;
  }

  private static String options(ApacheSparkCluster cluster) {
    StringBuilder options = new StringBuilder();
    conf(cluster).forEach((k, v) -> options.append("-D").append(k).append("=\"").append(v).append("\" "));
    return options.toString();
  }

  private static String image(ApacheSparkCluster cluster) {
    return conf(cluster).getOrDefault("spark.kubernetes.container.image", "apache/spark:4.2.0");
  }

  private static EnvVar env(String name, String value) {
    return new EnvVar(name, value, null);
  }

  private static ContainerPort port(String name, int port) {
    return new ContainerPortBuilder().withName(name).withContainerPort(port).build();
  }
}
