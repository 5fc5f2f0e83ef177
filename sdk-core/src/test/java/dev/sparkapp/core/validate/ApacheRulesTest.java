package dev.sparkapp.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sparkapp.core.apache.ApacheApplicationSpec;
import dev.sparkapp.core.apache.ApacheClusterSpec;
import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetSpecBuilder;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of the Apache operator's resources, each with the message a user reads. */
class ApacheRulesTest {
  private static ApacheSparkApplication app(String name, Consumer<ApacheApplicationSpec.Builder> spec) {
    return ApacheSparkApplication.builder().metadata(m -> m.withName(name).withNamespace("spark"))
        .spec(s -> spec.accept(s.runtimeVersions(v -> v.sparkVersion("4.0.1")))).build();
  }

  private static ApacheSparkApplication app(Consumer<ApacheApplicationSpec.Builder> spec) {
    return app("pi", spec);
  }

  private static ApacheSparkApplication pi() {
    return app(s -> s.mainClass("org.apache.spark.examples.SparkPi").jars("local:///opt/spark/examples/jars/spark-examples.jar"));
  }

  private static ApacheSparkCluster cluster(String name, int init, int min, int max, Consumer<ApacheClusterSpec.Builder> spec) {
    return ApacheSparkCluster.builder().metadata(m -> m.withName(name))
        .spec(s -> spec.accept(s.runtimeVersions(v -> v.sparkVersion("4.0.1"))
            .clusterTolerations(t -> t.instanceConfig(i -> i.initWorkers(init).minWorkers(min).maxWorkers(max)))))
        .build();
  }

  private static List<String> check(Object resource) {
    return ApacheValidation.check((dev.sparkapp.core.apache.ApacheSparkResource) resource).stream()
        .map(Violation::toString).toList();
  }

  @Test
  void theOperatorsOwnPiAndAThreeWorkerClusterPass() {
    assertThat(check(pi())).isEmpty();
    assertThat(check(cluster("prod", 3, 3, 3, s -> {}))).isEmpty();
  }

  @Nested
  class RunnableApplication {
    @Test
    void nothingToRun() {
      assertThat(check(app(s -> {}))).containsExactly("spec: error: the application sets none of jars, pyFiles, "
          + "sparkRFiles and mainClass, so the driver has nothing to run: set jars and mainClass (Java/Scala), pyFiles "
          + "(Python) or sparkRFiles (R) [apache-nothing-to-run]");
    }

    @Test
    void jarsWithoutMainClass() {
      assertThat(check(app(s -> s.jars("local:///app.jar")))).containsExactly("spec.mainClass: error: jars is set, so "
          + "the operator runs a Java application, but mainClass is not set and Spark's driver gets no class to run: "
          + "set mainClass [apache-main-class-required]");
    }

    @Test
    void aMainClassOnTheImageClassPathAloneRuns() {
      assertThat(check(app(s -> s.mainClass("org.apache.spark.sql.connect.service.SparkConnectServer")))).isEmpty();
    }

    @Test
    void pythonFilesAloneRunAndPythonRunnerNeedsThem() {
      assertThat(check(app(s -> s.pyFiles("local:///opt/spark/examples/src/main/python/pi.py")))).isEmpty();
      assertThat(check(app(s -> s.mainClass("org.apache.spark.deploy.PythonRunner")))).containsExactly(
          "spec.pyFiles: error: mainClass is org.apache.spark.deploy.PythonRunner but pyFiles is not set, and the "
              + "operator takes the Python file to run from pyFiles: set pyFiles to the main Python file (further files "
              + "after a comma) [apache-python-runner-files]");
    }

    @Test
    void resourcesThatLoseToAnEarlierOneAreReported() {
      assertThat(check(app(s -> s.jars("local:///a.jar").mainClass("A").pyFiles("local:///a.py").sparkRFiles("local:///a.R"))))
          .containsExactly(
              "spec.pyFiles: warning: pyFiles is ignored: with jars set the operator runs jars' mainClass and does not "
                  + "pass pyFiles to Spark; remove one of them (or put the Python files in sparkConf spark.submit.pyFiles)"
                  + " [apache-ignored-resource]",
              "spec.sparkRFiles: warning: sparkRFiles is ignored: with jars set the operator runs jars' mainClass; "
                  + "remove one of them [apache-ignored-resource]");
      assertThat(check(app(s -> s.pyFiles("local:///a.py").mainClass("A").sparkRFiles("local:///a.R")))).containsExactly(
          "spec.mainClass: warning: mainClass A is ignored: with pyFiles and no jars the operator runs a Python "
              + "application, which spark-submit starts with org.apache.spark.deploy.PythonRunner; remove mainClass"
              + " [apache-ignored-resource]",
          "spec.sparkRFiles: warning: sparkRFiles is ignored: with pyFiles set the operator runs the Python file; "
              + "remove one of them [apache-ignored-resource]");
    }
  }

  @Nested
  class WhatTheOperatorChecksBeforeSubmitting {
    @Test
    void clientModeFails() {
      ApacheSparkApplication app = ApacheSparkApplication.builder().from(pi()).spec(ApacheApplicationSpec.builder()
          .from(pi().spec()).deploymentMode(dev.sparkapp.core.apache.DeploymentMode.CLIENT_MODE).build()).build();
      assertThat(check(app)).containsExactly("spec.deploymentMode: error: the operator fails a ClientMode application"
          + " (\"Client mode is not supported yet.\"): use ClusterMode or remove deploymentMode [apache-client-mode]");
    }

    @Test
    void aRouteNeedsNamesAndAParentRef() {
      ApacheSparkApplication app = ApacheSparkApplication.builder().from(pi()).spec(ApacheApplicationSpec.builder()
          .from(pi().spec()).addDriverHttpRouteList(dev.sparkapp.core.apache.DriverHttpRouteSpec.builder()
              .serviceMetadata(new io.fabric8.kubernetes.api.model.ObjectMetaBuilder().withName("ui").build())
              .serviceSpec(new io.fabric8.kubernetes.api.model.ServiceSpec())
              .httpRouteMetadata(new io.fabric8.kubernetes.api.model.ObjectMeta()).build()).build()).build();
      assertThat(check(app)).containsExactly(
          "spec.driverHttpRouteList[0].httpRouteMetadata.name: error: the operator fails the application when a route "
              + "has no name: set httpRouteMetadata.name [apache-route]",
          "spec.driverHttpRouteList[0].httpRouteSpec.parentRefs: error: the operator fails the application when a "
              + "route has no parentRefs: name the Gateway in httpRouteSpec.parentRefs [apache-route]");
    }
  }

  @Nested
  class Tolerations {
    @Test
    void negativeRestartCountsAndBackOffsAreErrors() {
      ApacheSparkApplication app = ApacheSparkApplication.builder().from(pi()).spec(ApacheApplicationSpec.builder()
          .from(pi().spec()).applicationTolerations(t -> t.restartConfig(r -> r.maxRestartAttempts(-1L)
              .restartBackoffMillisForFailure(-5L))).build()).build();
      assertThat(check(app)).containsExactly(
          "spec.applicationTolerations.restartConfig.maxRestartAttempts: error: maxRestartAttempts is -1; a number of "
              + "restarts cannot be negative: use 0 or more [apache-restart-bound]",
          "spec.applicationTolerations.restartConfig.restartBackoffMillisForFailure: error: "
              + "restartBackoffMillisForFailure is -5; a wait in milliseconds cannot be negative: use 0 or more"
              + " [apache-restart-bound]");
    }

    @Test
    void aTimeoutOfZeroSwitchesItOff() {
      ApacheSparkApplication app = ApacheSparkApplication.builder().from(pi()).spec(ApacheApplicationSpec.builder()
          .from(pi().spec()).applicationTolerations(t -> t.applicationTimeoutConfig(c -> c.driverReadyTimeoutMillis(0L)
              .driverStartTimeoutMillis(60_000L))).build()).build();
      assertThat(check(app)).containsExactly("spec.applicationTolerations.applicationTimeoutConfig.driverReadyTimeoutMillis:"
          + " warning: driverReadyTimeoutMillis is 0, which switches this timeout off: the operator then waits for ever at "
          + "this step; remove it for the default of 300000 ms or set a positive limit [apache-timeout-disabled]");
    }

    @Test
    void executorBoundsMustBeOrdered() {
      ApacheSparkApplication app = ApacheSparkApplication.builder().from(pi()).spec(ApacheApplicationSpec.builder()
          .from(pi().spec()).applicationTolerations(t -> t.instanceConfig(i -> i.initExecutors(5).minExecutors(4)
              .maxExecutors(3))).build()).build();
      assertThat(check(app)).containsExactly(
          "spec.applicationTolerations.instanceConfig.minExecutors: error: minExecutors (4) is greater than maxExecutors"
              + " (3): the application can never run healthy; make minExecutors at most maxExecutors [apache-executor-bounds]",
          "spec.applicationTolerations.instanceConfig.initExecutors: warning: initExecutors (5) is greater than "
              + "maxExecutors (3); make it at most maxExecutors [apache-executor-bounds]");
    }
  }

  @Nested
  class DriverBudget {
    private ApacheSparkApplication withDriver(io.fabric8.kubernetes.api.model.PodTemplateSpec template, Long startTimeout) {
      return ApacheSparkApplication.builder().from(pi()).spec(ApacheApplicationSpec.builder().from(pi().spec())
          .driverSpec(d -> d.podTemplateSpec(template))
          .applicationTolerations(t -> t.applicationTimeoutConfig(c -> c.driverStartTimeoutMillis(startTimeout)))
          .build()).build();
    }

    private io.fabric8.kubernetes.api.model.PodTemplateSpec startup(int initialDelay, int failures, int period) {
      return new PodTemplateSpecBuilder().withNewSpec().addNewContainer().withName("spark").withNewStartupProbe()
          .withNewTcpSocket().withNewPort(7078).endTcpSocket().withInitialDelaySeconds(initialDelay)
          .withFailureThreshold(failures).withPeriodSeconds(period).endStartupProbe().endContainer().endSpec().build();
    }

    @Test
    void aStartupProbeThatAllowsMoreThanTheOperatorWaitsIsReported() {
      assertThat(check(withDriver(startup(0, 30, 10), 300_000L))).isEmpty();
      assertThat(check(withDriver(startup(0, 40, 10), 300_000L))).containsExactly("spec.driverSpec.podTemplateSpec.spec"
          + ".containers[0]: warning: container 'spark' may take up to 400 s to be ready (startup probe: "
          + "initialDelaySeconds 0 + failureThreshold 40 x periodSeconds 10), but the operator fails the application "
          + "with DriverStartTimedOut when Spark's container is not ready driverStartTimeoutMillis (300000 ms) after the "
          + "driver was requested, so the operator gives up before the probes do: raise the timeout in "
          + "spec.applicationTolerations.applicationTimeoutConfig or lower the startup probe's failureThreshold or "
          + "periodSeconds [apache-probe-over-budget]");
    }

    @Test
    void aProbeThatCannotPassWithinTheBudgetIsAnError() {
      assertThat(check(withDriver(startup(120, 3, 10), 60_000L))).containsExactly("spec.driverSpec.podTemplateSpec.spec"
          + ".containers[0]: error: container 'spark' cannot be ready before 120 s (startup probe: initialDelaySeconds "
          + "120 + failureThreshold 3 x periodSeconds 10), but the operator fails the application with "
          + "DriverStartTimedOut when Spark's container is not ready driverStartTimeoutMillis (60000 ms) after the driver"
          + " was requested: the application always fails; shorten the probes' initial delays or raise the timeout"
          + " [apache-driver-never-ready]");
    }

    @Test
    void aSwitchedOffTimeoutHasNoBudget() {
      assertThat(check(withDriver(startup(0, 400, 10), 0L))).containsExactly("spec.applicationTolerations."
          + "applicationTimeoutConfig.driverStartTimeoutMillis: warning: driverStartTimeoutMillis is 0, which switches "
          + "this timeout off: the operator then waits for ever at this step; remove it for the default of 300000 ms or "
          + "set a positive limit [apache-timeout-disabled]");
    }
  }

  @Nested
  class Names {
    @Test
    void anApplicationNameIsALabelValueAndAServiceNamePrefix() {
      String long64 = "a".repeat(64);
      assertThat(check(app(long64, s -> s.mainClass("A")))).containsExactly("metadata.name: error: '" + long64
          + "' is 64 characters long; the operator labels every pod with it (spark.operator/spark-app-name), and a label"
          + " value has at most 63 characters: shorten the name to at most 63 characters [apache-name-length]");
      assertThat(check(app("pi.v2", s -> s.mainClass("A")))).containsExactly("metadata.name: error: 'pi.v2' is not a "
          + "valid name: the operator names Services after it (the driver's 'pi.v2-0-driver-svc'), so use lower-case "
          + "letters, digits and '-', starting with a letter and ending with a letter or digit [apache-name-format]");
    }

    @Test
    void aClusterNameLeavesRoomForTheWorkerStatefulSet() {
      assertThat(check(cluster("c".repeat(45), 1, 1, 1, s -> {}))).isEmpty();
      assertThat(check(cluster("c".repeat(46), 1, 1, 1, s -> {}))).containsExactly("metadata.name: error: '"
          + "c".repeat(46) + "' is 46 characters long; the operator names the worker StatefulSet '<name>-worker', and a "
          + "StatefulSet name has at most 52 characters (its pods' controller-revision-hash label adds 11): shorten the "
          + "name to at most 45 characters [apache-name-length]");
    }
  }

  @Nested
  class OverriddenConf {
    @Test
    void namespaceAppNameAndTemplateFileThatTheOperatorReplaces() {
      ApacheSparkApplication app = ApacheSparkApplication.builder().from(pi()).spec(ApacheApplicationSpec.builder()
          .from(pi().spec()).putSparkConf("spark.kubernetes.namespace", "other").putSparkConf("spark.app.name", "Pi")
          .putSparkConf("spark.kubernetes.driver.podTemplateFile", "/opt/t.yaml")
          .driverSpec(d -> d.podTemplateSpec(new PodTemplateSpecBuilder().build())).build()).build();
      assertThat(check(app)).containsExactly(
          "spec.sparkConf[\"spark.kubernetes.namespace\"]: warning: the operator sets spark.kubernetes.namespace to the "
              + "SparkApplication's namespace (spark), so 'other' is never used: remove it and create the SparkApplication"
              + " in the namespace [apache-overridden-conf]",
          "spec.sparkConf[\"spark.app.name\"]: warning: the operator replaces spark.app.name with the SparkApplication's"
              + " name (pi), so 'Pi' is never used: remove it or rename the resource [apache-overridden-conf]",
          "spec.sparkConf[\"spark.kubernetes.driver.podTemplateFile\"]: warning: the operator writes "
              + "driverSpec.podTemplateSpec to a file and sets spark.kubernetes.driver.podTemplateFile to it, so "
              + "'/opt/t.yaml' is never used: keep one of the two [apache-overridden-conf]");
    }
  }

  @Nested
  class Cluster {
    @Test
    void workerBounds() {
      assertThat(check(cluster("c", 1, 3, 2, s -> {}))).containsExactly("spec.clusterTolerations.instanceConfig."
          + "minWorkers: error: minWorkers (3) is greater than maxWorkers (2): make minWorkers at most maxWorkers"
          + " [apache-worker-bounds]");
      assertThat(check(cluster("c", 5, 1, 3, s -> {}))).containsExactly("spec.clusterTolerations.instanceConfig."
          + "initWorkers: warning: initWorkers (5) is outside minWorkers..maxWorkers (1..3): the autoscaler moves the "
          + "workers into that range at once [apache-worker-bounds]");
      assertThat(check(cluster("c", -1, 0, 0, s -> {}))).containsExactly("spec.clusterTolerations.instanceConfig."
          + "initWorkers: error: initWorkers is -1; a number of workers cannot be negative [apache-worker-bounds]");
    }

    @Test
    void aPortNamedAsOneTheOperatorAddsAndReplicasAndMovedUiPorts() {
      ApacheSparkCluster cluster = cluster("c", 1, 1, 1, s -> s
          .masterSpec(m -> m.statefulSetSpec(new StatefulSetSpecBuilder().withReplicas(2).withNewTemplate().withNewSpec()
              .addNewContainer().withName("master").addNewPort().withName("web").withContainerPort(8080).endPort()
              .endContainer().endSpec().endTemplate().build()))
          .putSparkConf("spark.worker.ui.port", "8082"));
      assertThat(check(cluster)).containsExactly(
          "spec.masterSpec.statefulSetSpec.template.spec.containers[0].ports[0].name: error: the operator adds a port "
              + "named 'web' (8080) to the master container, and port names must be unique in a pod, so the API server "
              + "refuses the StatefulSet: rename or remove this port [apache-port-name]",
          "spec.masterSpec.statefulSetSpec.replicas: warning: the operator runs exactly one master and sets replicas "
              + "to 1, so 2 is never used: remove it [apache-replicas-overridden]",
          "spec.sparkConf[\"spark.worker.ui.port\"]: warning: spark.worker.ui.port is 8082, but the operator's worker "
              + "Service and container port 'web' stay at 8081, so the worker UI is not reachable through them: remove it"
              + " [apache-ui-port-moved]");
    }
  }
}
