package dev.sparkapp.sparkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkPod;
import dev.sparkapp.core.probe.ProbeSet;
import dev.sparkapp.core.validate.Violation;
import dev.sparkapp.yaml.ManifestValidator;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of the validator about pods is real: a manifest it reports, built with Spark's own pod builders
 * ({@link SparkBuiltPods}), gives a pod with the broken thing the rule names. And manifests whose built pods
 * are sound, though they use what Spark adds to the pods (its named ports), get no error.
 */
class PodRulesAgainstBuiltPodsTest {
  /** What {@link BuiltPodChecks} finds wrong with the probes (and mounts) of the pods built for the manifest as is. */
  private static final Function<SparkBuiltPods, List<String>> PROBE_PROBLEMS = pods ->
      BuiltPodChecks.problems(ProbeSet.none().applyTo(pods.application()), ProbeSet.none(), pods);

  @TempDir Path templates;

  /** The operator's Spark Pi with {@code driver} and {@code sparkConf} lines added under spec. */
  static SparkApplication sparkPi(String sparkConf, String driver, String executor) {
    String yaml = """
        apiVersion: sparkoperator.k8s.io/v1beta2
        kind: SparkApplication
        metadata:
          name: spark-pi
          namespace: default
        spec:
          type: Scala
          mode: cluster
          image: docker.io/apache/spark:4.0.1
          mainClass: org.apache.spark.examples.SparkPi
          mainApplicationFile: local:///opt/spark/examples/jars/spark-examples.jar
          sparkVersion: 4.0.1
          sparkConf:
            spark.ui.port: "4040"
        %s
          driver:
            cores: 1
            memory: 512m
        %s
          executor:
            instances: 1
            cores: 1
            memory: 512m
        %s
        """.formatted(sparkConf.indent(4).stripTrailing(), driver.indent(4).stripTrailing(),
        executor.indent(4).stripTrailing());
    return SparkYaml.lenient().read(yaml).resourcesOf(SparkApplication.class).get(0);
  }

  /** A driver template whose Spark container has a liveness probe GETting the UI's version on {@code port}. */
  static String uiProbeOnPort(String port) {
    return """
        template:
          spec:
            containers:
            - name: spark-kubernetes-driver
              livenessProbe:
                httpGet:
                  path: /api/v1/version
                  port: %s
        """.formatted(port);
  }

  static Stream<Arguments> brokenPods() {
    return Stream.of(
        Arguments.of("template-volume-mount", sparkPi("", """
            template:
              spec:
                containers:
                - name: spark-kubernetes-driver
                  volumeMounts:
                  - name: data
                    mountPath: /data
            """, ""), (Function<SparkBuiltPods, List<String>>) pods ->
            BuiltPodChecks.unresolvedMounts(SparkPod.DRIVER, pods.driver().pod())),
        Arguments.of("template-duplicate-container", sparkPi("", """
            template:
              spec:
                containers:
                - name: spark-kubernetes-driver
                  image: busybox
                - name: spark-kubernetes-driver
            """, ""), (Function<SparkBuiltPods, List<String>>) pods -> {
              List<String> names =
                  pods.driver().pod().getSpec().getContainers().stream().map(Container::getName).toList();
              return names.stream().distinct().count() < names.size()
                  ? List.of("the built driver pod has containers " + names + ", which Kubernetes refuses") : List.of();
            }),
        Arguments.of("spark-probe-container", sparkPi("", """
            template:
              spec:
                containers:
                - name: log-shipper
                  image: busybox
                  livenessProbe:
                    tcpSocket:
                      port: 7078
                - name: spark-kubernetes-driver
            """, ""), (Function<SparkBuiltPods, List<String>>) pods -> pods.driver().spark().getLivenessProbe() == null
                ? List.of("Spark's container " + pods.driver().spark().getName() + " has no liveness probe; the"
                    + " sidecar has it") : List.of()),
        Arguments.of("spark-http-probe-port", sparkPi("", uiProbeOnPort("8080"), ""), PROBE_PROBLEMS),
        Arguments.of("spark-ui-disabled-probe", sparkPi("spark.ui.enabled: \"false\"", uiProbeOnPort("4040"), ""),
            PROBE_PROBLEMS),
        Arguments.of("probe-named-port", sparkPi("", uiProbeOnPort("ui"), ""), PROBE_PROBLEMS),
        Arguments.of("spark-unpinned-tcp-probe", sparkPi("", "", """
            template:
              spec:
                containers:
                - name: spark-kubernetes-executor
                  livenessProbe:
                    tcpSocket:
                      port: 9999
            """), (Function<SparkBuiltPods, List<String>>) pods -> {
              List<Integer> open =
                  pods.executor().spark().getPorts().stream().map(ContainerPort::getContainerPort).toList();
              return open.contains(9999) ? List.of()
                  : List.of("the built executor container opens " + open + ", not 9999");
            }),
        Arguments.of("probe-init-container", sparkPi("", """
            initContainers:
            - name: wait
              image: busybox
              command: [sh, -c, "true"]
              livenessProbe:
                exec:
                  command: ["true"]
            """, ""), (Function<SparkBuiltPods, List<String>>) pods ->
            pods.driver().pod().getSpec().getInitContainers().stream().filter(c -> c.getLivenessProbe() != null)
                .map(c -> "init container " + c.getName() + " of the built driver pod has a livenessProbe, which"
                    + " Kubernetes refuses").toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPods")
  void theRuleReportsAManifestWhoseBuiltPodIsBroken(String rule, SparkApplication app,
      Function<SparkBuiltPods, List<String>> broken) {
    SparkBuiltPods pods = SparkBuiltPods.of(app, templates);

    assertThat(broken.apply(pods)).as("what is broken in the pods Spark builds").isNotEmpty();
    assertThat(ManifestValidator.defaults().validate(app).violations()).extracting(Violation::ruleId).contains(rule);
  }

  static Stream<Arguments> soundPods() {
    return Stream.of(
        Arguments.of("probes on the ports Spark names", sparkPi("", """
            template:
              spec:
                containers:
                - name: spark-kubernetes-driver
                  startupProbe:
                    httpGet:
                      path: /api/v1/version
                      port: spark-ui
                  readinessProbe:
                    tcpSocket:
                      port: driver-rpc-port
                  livenessProbe:
                    tcpSocket:
                      port: blockmanager
            """, """
            template:
              spec:
                containers:
                - name: spark-kubernetes-executor
                  livenessProbe:
                    tcpSocket:
                      port: blockmanager
            """)),
        Arguments.of("an init container mounting a local dir declared in sparkConf", sparkPi("""
            spark.kubernetes.driver.volumes.persistentVolumeClaim.spark-local-dir-1.options.claimName: OnDemand
            spark.kubernetes.driver.volumes.persistentVolumeClaim.spark-local-dir-1.options.storageClass: gp3
            spark.kubernetes.driver.volumes.persistentVolumeClaim.spark-local-dir-1.options.sizeLimit: 10Gi
            spark.kubernetes.driver.volumes.persistentVolumeClaim.spark-local-dir-1.mount.path: /data1
            """, """
            initContainers:
            - name: volume-permissions
              image: busybox
              command: [sh, -c, "chown -R 185 /data1"]
              volumeMounts:
              - name: spark-local-dir-1
                mountPath: /data1
            """, "")),
        Arguments.of("a template container mounting Spark's conf volume", sparkPi("", """
            template:
              spec:
                containers:
                - name: spark-kubernetes-driver
                  volumeMounts:
                  - name: spark-conf-volume-driver
                    mountPath: /opt/spark/conf-copy
            """, "")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("soundPods")
  void noErrorWhereTheBuiltPodsAreSound(String what, SparkApplication app) {
    SparkBuiltPods pods = SparkBuiltPods.of(app, templates);
    List<String> problems = new ArrayList<>(BuiltPodChecks.problems(ProbeSet.none().applyTo(app), ProbeSet.none(),
        pods));

    assertThat(problems).as("the pods Spark builds").isEmpty();
    assertThat(ManifestValidator.defaults().validate(app).errors()).as(what).isEmpty();
  }
}
