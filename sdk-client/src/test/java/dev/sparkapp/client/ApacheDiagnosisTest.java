package dev.sparkapp.client;

import static dev.sparkapp.client.Fixtures.jsonString;
import static dev.sparkapp.client.Recorded.kubelet;
import static dev.sparkapp.client.Recorded.running;
import static dev.sparkapp.client.Recorded.scheduler;
import static dev.sparkapp.client.Recorded.terminated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.apache.ApacheSparkApplication;
import dev.sparkapp.core.apache.ApacheSparkCluster;
import dev.sparkapp.yaml.SparkYaml;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SparkClient#diagnose}, {@link SparkClient#driverLog} and {@link SparkClient#events} for the Apache Spark
 * Kubernetes operator's kinds, on fabric8's mock server in CRUD mode (plus an expectation per log request).
 *
 * <p>Sources (apache/spark-kubernetes-operator 1.0.0, commit d8b19438bd96c6c2f52ee58425ec192b6cc825fc): the
 * status as {@code ApplicationStatus}/{@code BaseStatus} write it ({@code currentState}, {@code
 * stateTransitionHistory}, {@code currentAttemptSummary}, {@code previousAttemptSummary} when
 * {@code terminateOrRestart} trims the history), state messages from {@code Constants} and {@code
 * SparkAppStatusUtils}; the driver pod's name and labels: {@code SparkAppSubmissionWorker.generateSparkAppId}
 * ({@code NAME-ATTEMPT}, Spark's resource name prefix, so the pod is {@code NAME-ATTEMPT-driver} by Spark's
 * {@code BasicDriverFeatureStep}), {@code SparkAppResourceSpecFactory.overrideDependencyConf} ({@code
 * spark.operator/name}, {@code spark.operator/spark-app-name} through {@code spark.kubernetes.driver.label.*}),
 * Spark's own {@code spark-role}, {@code spark-app-selector}, and {@code spark-version} ({@code
 * SparkAppDriverConf.labels}); a SparkCluster's StatefulSet pods {@code NAME-master-0}, {@code NAME-worker-N},
 * {@code spark-role=master|worker}, {@code spark.operator/spark-cluster-name}, containers {@code master} and
 * {@code worker} ({@code SparkClusterResourceSpec}). The kubelet's and scheduler's texts as in {@link Recorded}.
 * The Apache operator records no Kubernetes events of its own: its status is the only word it says.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class ApacheDiagnosisTest {
  static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T14:30:00Z"), ZoneOffset.UTC);
  static final String LAUNCH_TIMEOUT = "The driver has not responded to the initial health check request within the "
      + "allotted start-up time. This can be configured by setting .spec.applicationTolerations.applicationTimeoutConfig.";
  static final String READINESS_REFUSED = "Readiness probe failed: Get \"http://10.244.1.17:4040/\": dial tcp "
      + "10.244.1.17:4040: connect: connection refused";

  KubernetesMockServer server;
  KubernetesClient kubernetes;
  SparkClient spark;

  @BeforeEach
  void setUp() {
    for (String kind : List.of("SparkApplication", "SparkCluster")) {
      server.expectCustomResource(context(kind));
    }
    spark = Fixtures.createOrReplaceClient(kubernetes);
  }

  @Test
  void aDriverReadyTimeoutIsTheOperatorsVerdictWithTheReadinessProbesFailureAsEvidence() {
    spark.apply(application("pi", "resourceRetainPolicy: OnFailure"));
    // resourceRetainPolicy OnFailure: terminateOrRestart keeps the pods and ends in TerminatedWithoutReleaseResources
    writeStatus("pi", 0, List.of(step("Submitted", "Spark application has been created on Kubernetes Cluster."),
        step("DriverRequested", "Requested driver from resource scheduler."),
        step("DriverStarted", "Driver has started running."),
        step("DriverReadyTimedOut", LAUNCH_TIMEOUT),
        step("TerminatedWithoutReleaseResources", "Application is terminated without releasing resources as "
            + "configured.")), null);
    Recorded.store(kubernetes, List.of(driverPod("pi", 0, "u-pi-0", "spark-kubernetes-driver", "Running",
        running("spark-kubernetes-driver", "2026-12-02T14:00:05Z"))), List.of(
        kubelet("pi-0-driver", "u-pi-0", "spark-kubernetes-driver", "Warning", "Unhealthy", READINESS_REFUSED, 58,
            "2026-12-02T14:00:20Z", "2026-12-02T14:05:02Z")));
    driverLog("pi-0-driver", "spark-kubernetes-driver", "25/12/02 14:00:07 INFO SparkContext: Running Spark version "
        + "4.0.1\n");

    Diagnosis why = new ClusterReads(spark).diagnose(ApacheSparkApplication.class, "pi", NOW);

    assertThat(why.state()).isEqualTo("TerminatedWithoutReleaseResources");
    Finding primary = why.primary().orElseThrow();
    assertThat(primary.cause()).isEqualTo(Cause.OPERATOR_TIMEOUT);
    assertThat(primary.summary()).startsWith("DriverReadyTimedOut: the driver pod did not become Ready within "
        + "applicationTolerations.applicationTimeoutConfig.driverReadyTimeoutMillis").contains(LAUNCH_TIMEOUT);
    assertThat(primary.earlierAttempt()).isFalse();
    assertThat(primary.evidence()).extracting(Evidence::text).containsExactly(
        "stateTransitionHistory[3]: DriverReadyTimedOut, message: " + LAUNCH_TIMEOUT,
        "Unhealthy (x58): " + READINESS_REFUSED);
    assertThat(primary.advice()).contains("sparkapp explain").contains("driverReadyTimeoutMillis (default 300000)");
    assertThat(why.has(Cause.APPLICATION_ERROR)).as("the driver did not fail: the operator stopped waiting").isFalse();
    assertThat(why.lastLogLines()).containsExactly("25/12/02 14:00:07 INFO SparkContext: Running Spark version 4.0.1");
    assertThat(why.render()).contains("1. Timed out by the operator: DriverReadyTimedOut");
  }

  @Test
  void aFailureOfAnAttemptTheOperatorRestartedFromIsAnEarlierAttemptsAndItsDriversEventsToo() {
    spark.apply(application("etl", "restartConfig: {restartPolicy: OnFailure, maxRestartAttempts: 3}"));
    // terminateOrRestart with a trimmed history: attempt 0's states in previousAttemptSummary, attempt 1 running
    String previous = "{\"attemptInfo\":{\"id\":0,\"restartCounter\":0,\"failureRestartCounter\":0,"
        + "\"schedulingFailureRestartCounter\":0},\"stateTransitionHistory\":" + history(0, List.of(
        step("Submitted", "Spark application has been created on Kubernetes Cluster."),
        step("DriverRequested", "Requested driver from resource scheduler."),
        step("DriverStarted", "Driver has started running."),
        step("DriverReady", "Driver has reached ready state."),
        step("RunningHealthy", "Application is running healthy."),
        step("DriverEvicted", "Driver has one or more failed critical container(s), refer last observed status for "
            + "details."))) + "}";
    writeStatus("etl", 1, List.of(step("ScheduledToRestart", ""),
        step("DriverRequested", "Requested driver from resource scheduler."),
        step("DriverStarted", "Driver has started running."),
        step("DriverReady", "Driver has reached ready state."),
        step("RunningHealthy", "Application is running healthy.")), previous);
    // the operator deleted etl-0-driver when it released attempt 0; the kubelet's event about it is still kept
    Recorded.store(kubernetes, List.of(driverPod("etl", 1, "u-etl-1", "spark-kubernetes-driver", "Running",
        running("spark-kubernetes-driver", "2026-12-02T14:12:00Z"))), List.of(
        kubelet("etl-0-driver", "u-etl-0", null, "Warning", "Evicted", "The node was low on resource: memory. "
            + "Threshold quantity: 100Mi, available: 91648Ki. Container spark-kubernetes-driver was using 1843200Ki, "
            + "request is 1408Mi, has larger consumption of memory.", 1, "2026-12-02T14:10:41Z",
            "2026-12-02T14:10:41Z")));
    driverLog("etl-1-driver", "spark-kubernetes-driver", "25/12/02 14:12:30 INFO DAGScheduler: Job 0 started\n");

    Diagnosis why = new ClusterReads(spark).diagnose(ApacheSparkApplication.class, "etl", NOW);

    assertThat(why.state()).isEqualTo("RunningHealthy");
    assertThat(why.findings()).isNotEmpty().allMatch(Finding::earlierAttempt);
    assertThat(why.findings(Cause.EVICTED)).singleElement().satisfies(f -> {
      assertThat(f.pod()).contains("etl-0-driver");
      assertThat(f.summary()).contains("The node was low on resource: memory");
    });
    assertThat(why.has(Cause.OPERATOR_TIMEOUT)).isFalse();
    assertThat(why.retry().describe()).contains("attempt 2 of 4");
    assertThat(why.lastLogLines()).as("the log is the current attempt's driver's")
        .containsExactly("25/12/02 14:12:30 INFO DAGScheduler: Job 0 started");
    assertThat(why.render()).contains("Evicted by the kubelet [earlier attempt]");
  }

  @Test
  void aSchedulingFailureIsASubmissionFailureWithTheOperatorsMessageAndNoPods() {
    spark.apply(application("pi", ""));
    String message = "Failed to request driver from scheduler backend. StackTrace: io.fabric8.kubernetes.client."
        + "KubernetesClientException: Failure executing: POST at: https://10.96.0.1:443/api/v1/namespaces/default/pods. "
        + "Message: pods \"pi-0-driver\" is forbidden: exceeded quota: compute, requested: limits.memory=1408Mi, "
        + "used: limits.memory=7Gi, limited: limits.memory=8Gi.";
    writeStatus("pi", 0, List.of(step("Submitted", "Spark application has been created on Kubernetes Cluster."),
        step("SchedulingFailure", message), step("ResourceReleased", "")), null);

    Diagnosis why = new ClusterReads(spark).diagnose(ApacheSparkApplication.class, "pi", NOW);

    Finding primary = why.primary().orElseThrow();
    assertThat(primary.cause()).isEqualTo(Cause.SUBMISSION_FAILED);
    assertThat(primary.summary()).startsWith("SchedulingFailure: the operator could not create the driver")
        .contains("exceeded quota: compute");
    assertThat(why.findings()).hasSize(1);
    assertThat(why.lastLogLines()).isEmpty();
  }

  @Test
  void aFailedDriverIsExplainedByItsContainerAndTheAdviceNamesTheApacheFlag() {
    spark.apply(application("pi", "resourceRetainPolicy: OnFailure"));
    writeStatus("pi", 0, List.of(step("DriverReady", "Driver has reached ready state."),
        step("Failed", "Driver has one or more failed critical container(s), refer last observed status for "
            + "details."), step("TerminatedWithoutReleaseResources", "")), null);
    Recorded.store(kubernetes, List.of(driverPod("pi", 0, "u-pi-0", "spark-kubernetes-driver", "Failed",
        terminated("spark-kubernetes-driver", 1, "Error", null, "2026-12-02T14:00:05Z", "2026-12-02T14:03:00Z"))),
        List.of());
    driverLog("pi-0-driver", "spark-kubernetes-driver", "Exception in thread \"main\" java.lang.IllegalStateException: "
        + "no input\n");

    Diagnosis why = new ClusterReads(spark).diagnose(ApacheSparkApplication.class, "pi", NOW);

    assertThat(why.findings()).extracting(Finding::cause).containsExactly(Cause.APPLICATION_ERROR);
    Finding primary = why.primary().orElseThrow();
    assertThat(primary.pod()).as("the container's exit explains the failure").contains("pi-0-driver");
    assertThat(primary.summary()).contains("exited with code 1 (Error)");
    assertThat(why.render()).contains("sparkapp logs pi --apache");
  }

  @Test
  void aDriverTheOperatorDeletedIsDiagnosedFromTheStatusItLastObserved() {
    spark.apply(application("pi", ""));
    // BaseAppDriverObserver.observeDriverTermination: Failed with DRIVER_FAILED_MESSAGE and the driver's PodStatus;
    // resourceRetainPolicy Never (the default): AppCleanUpStep deletes the pod, then ResourceReleased
    String failed = "{\"currentStateSummary\":\"Failed\",\"lastTransitionTime\":\"2026-12-02T14:03:01Z\",\"message\":"
        + "\"Driver has one or more failed critical container(s), refer last observed status for details.\","
        + "\"lastObservedDriverStatus\":{\"phase\":\"Failed\",\"containerStatuses\":[{\"name\":"
        + "\"spark-kubernetes-driver\",\"image\":\"apache/spark:4.0.1-scala\",\"ready\":false,\"restartCount\":0,"
        + "\"state\":{\"terminated\":{\"exitCode\":137,\"reason\":\"OOMKilled\",\"startedAt\":"
        + "\"2026-12-02T14:00:05Z\",\"finishedAt\":\"2026-12-02T14:03:00Z\"}}}]}}";
    writeStatus("pi", 0, List.of(step("DriverReady", "Driver has reached ready state."), failed,
        step("ResourceReleased", "")), null);

    Diagnosis why = new ClusterReads(spark).diagnose(ApacheSparkApplication.class, "pi", NOW);

    assertThat(why.findings()).extracting(Finding::cause).containsExactly(Cause.OOM_KILLED);
    Finding oom = why.primary().orElseThrow();
    assertThat(oom.pod()).as("Spark's name for attempt 0's driver").contains("pi-0-driver");
    assertThat(oom.earlierAttempt()).isFalse();
    assertThat(oom.evidence()).extracting(Evidence::text).containsExactly(
        "container spark-kubernetes-driver terminated: reason OOMKilled, exit code 137");
    assertThat(why.lastLogLines()).as("no pod, no log").isEmpty();
  }

  @Test
  void theDriverLogIsTheNewestDriverPodsAndSparksContainerIsTheTemplatesFirst() {
    secondAttemptRunningInContainerMain();
    server.expect().get().withPath("/api/v1/namespaces/default/pods/pi-1-driver/log?pretty=false&container=main"
        + "&previous=true&tailLines=50&limitBytes=65536").andReturn(200, "last line before the crash\n").once();

    LogTail tail = spark.driverLog(ApacheSparkApplication.class, "pi",
        LogOptions.builder().tailLines(50).previous(true).build());

    assertThat(tail.pod()).isEqualTo("pi-1-driver");
    assertThat(tail.container()).isEqualTo("main");
    assertThat(tail.lines()).containsExactly("last line before the crash");
  }

  @Test
  void followingTheDriverLogFollowsTheCurrentAttemptsDriverAndReconnectsWithoutRepeatingALine() {
    secondAttemptRunningInContainerMain();
    String log = "/api/v1/namespaces/default/pods/pi-1-driver/log?pretty=false&container=main";
    server.expect().get().withPath(log + "&tailLines=5&timestamps=true&follow=true")
        .andReturn(200, "2026-12-02T14:10:01Z attempt 1 starts\n2026-12-02T14:10:02Z job 0 submitted\n").once();
    server.expect().get().withPath(log + "&sinceTime=2026-12-02T14:10:02Z&timestamps=true&follow=true")
        .andReturn(200, "2026-12-02T14:10:02Z job 0 submitted\n2026-12-02T14:10:09Z job 0 finished\n").once();
    List<String> lines = new CopyOnWriteArrayList<>();

    try (LogFollow follow = spark.followDriverLog(ApacheSparkApplication.class, "pi", 5, 1, lines::add)) {
      assertThat(follow.await(Duration.ofSeconds(20))).isTrue();
    }

    assertThat(lines).containsExactly("attempt 1 starts", "job 0 submitted", "job 0 finished");
  }

  @Test
  void anApplicationWhoseDriverIsNotCreatedYetHasNoLogAndSaysWhy() {
    spark.apply(application("pi", ""));
    writeStatus("pi", 0, List.of(step("Submitted", "Spark application has been created on Kubernetes Cluster.")),
        null);

    assertThatThrownBy(() -> spark.driverLog(ApacheSparkApplication.class, "pi", LogOptions.defaults()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("has no driver pod (state Submitted)");
  }

  @Test
  void aClustersDiagnosisReadsItsWorkersAndItsLogIsTheMasters() {
    applyCluster();
    kubernetes.genericKubernetesResources(context("SparkCluster")).inNamespace("default").withName("prod")
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"currentState\":" + step("RunningHealthy",
            "Cluster has reached ready state.") + ",\"stateTransitionHistory\":" + history(0, List.of(
            step("Submitted", "Spark cluster has been submitted to Kubernetes Cluster."),
            step("RunningHealthy", "Cluster has reached ready state."))) + "}}");
    Pod worker = clusterPod("prod", "worker", 1, "Pending", null);
    worker.getStatus().setConditions(List.of(Recorded.condition("PodScheduled", "False", "Unschedulable",
        "0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption "
            + "victims found for incoming pod.", "2026-12-02T14:01:00Z")));
    Recorded.store(kubernetes, List.of(clusterPod("prod", "master", 0, "Running",
        running("master", "2026-12-02T14:00:30Z")), clusterPod("prod", "worker", 0, "Running",
        running("worker", "2026-12-02T14:00:31Z")), worker), List.of(
        scheduler("prod-worker-1", "u-prod-worker-1", "Warning", "FailedScheduling", "Scheduling",
            "0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption "
                + "victims found for incoming pod.", "2026-12-02T14:01:00.000000Z", 4, "2026-12-02T14:09:00.000000Z")));
    server.expect().get().withPath("/api/v1/namespaces/default/pods/prod-master-0/log?pretty=false&container=master"
        + "&tailLines=20&limitBytes=16384").andReturn(200, "INFO Master: I have been elected leader!\n").always();

    Diagnosis why = new ClusterReads(spark).diagnose(ApacheSparkCluster.class, "prod", NOW);
    LogTail master = spark.driverLog(ApacheSparkCluster.class, "prod", LogOptions.builder().tailLines(20)
        .limitBytes(16384).build());

    assertThat(why.findings(Cause.UNSCHEDULABLE)).singleElement().satisfies(f -> {
      assertThat(f.pod()).contains("prod-worker-1");
      assertThat(f.role()).contains("worker");
      assertThat(f.earlierAttempt()).isFalse();
    });
    assertThat(why.lastLogLines()).containsExactly("INFO Master: I have been elected leader!");
    assertThat(master.pod()).isEqualTo("prod-master-0");
    assertThat(spark.events(ApacheSparkCluster.class, "prod")).extracting(ClusterEvent::reason)
        .containsExactly("FailedScheduling");
  }

  @Test
  void aClusterWhoseStatefulSetCannotCreateItsWorkersSaysWhy() {
    applyCluster();
    String refused = "create Pod prod-worker-0 in StatefulSet prod-worker failed error: pods \"prod-worker-0\" is "
        + "forbidden: exceeded quota: compute, requested: requests.memory=4Gi, used: requests.memory=6Gi, limited: "
        + "requests.memory=8Gi";
    // the StatefulSet controller's recorder (stateful_pod_control.go recordPodEvent), a legacy core/v1 event
    kubernetes.v1().events().inNamespace("default").resource(new EventBuilder()
        .withNewMetadata().withName("prod-worker.17d2a9c3f0000099").withNamespace("default").endMetadata()
        .withNewInvolvedObject().withKind("StatefulSet").withApiVersion("apps/v1").withName("prod-worker")
        .withNamespace("default").withUid("u-sts-worker").endInvolvedObject()
        .withType("Warning").withReason("FailedCreate").withMessage(refused).withCount(12)
        .withFirstTimestamp("2026-12-02T14:00:31Z").withLastTimestamp("2026-12-02T14:09:40Z")
        .withNewSource().withComponent("statefulset-controller").endSource().build()).create();
    kubernetes.v1().events().inNamespace("default").resource(new EventBuilder()
        .withNewMetadata().withName("other-worker.17d2a9c3f0000098").withNamespace("default").endMetadata()
        .withNewInvolvedObject().withKind("StatefulSet").withApiVersion("apps/v1").withName("other-worker")
        .withNamespace("default").endInvolvedObject()
        .withType("Warning").withReason("FailedCreate").withMessage("another cluster's").withCount(1)
        .withFirstTimestamp("2026-12-02T14:00:31Z").withLastTimestamp("2026-12-02T14:00:31Z")
        .withNewSource().withComponent("statefulset-controller").endSource().build()).create();

    Diagnosis why = new ClusterReads(spark).diagnose(ApacheSparkCluster.class, "prod", NOW);

    assertThat(why.findings()).singleElement().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.PODS_NOT_CREATED);
      assertThat(f.summary()).isEqualTo("StatefulSet prod-worker cannot create its pods: " + refused);
    });
    assertThat(spark.events(ApacheSparkCluster.class, "prod")).extracting(ClusterEvent::objectName)
        .containsExactly("prod-worker");
  }

  private void applyCluster() {
    spark.apply(SparkYaml.strict().read("apiVersion: spark.apache.org/v1\nkind: SparkCluster\nmetadata:\n"
        + "  name: prod\n  namespace: default\nspec:\n  runtimeVersions:\n    sparkVersion: \"4.0.1\"\n"
        + "  clusterTolerations:\n    instanceConfig:\n      initWorkers: 2\n      minWorkers: 2\n      maxWorkers: 2\n")
        .resources().get(0));
  }

  /**
   * Application {@code pi} whose template names Spark's container {@code main}, in attempt 1 (driver ready):
   * attempt 0's driver pod failed and stays, attempt 1's {@code pi-1-driver} runs.
   */
  private void secondAttemptRunningInContainerMain() {
    spark.apply(application("pi", "", "main"));
    writeStatus("pi", 1, List.of(step("DriverReady", "Driver has reached ready state.")), null);
    Pod earlier = driverPod("pi", 0, "u-pi-0", "main", "Failed", null);
    Pod current = driverPod("pi", 1, "u-pi-1", "main", "Running", running("main", "2026-12-02T14:10:00Z"));
    Recorded.store(kubernetes, List.of(earlier, current), List.of());
  }

  // --- objects as the operator, Spark and the kubelet write them -------------------------------------------

  /** An application as a user applies it; {@code tolerations} is one line of YAML inside applicationTolerations. */
  private static Object application(String name, String tolerations) {
    return application(name, tolerations, null);
  }

  private static Object application(String name, String tolerations, String templateContainer) {
    String yaml = "apiVersion: spark.apache.org/v1\nkind: SparkApplication\nmetadata:\n  name: " + name
        + "\n  namespace: default\nspec:\n  mainClass: org.apache.spark.examples.SparkPi\n"
        + "  jars: local:///opt/spark/examples/jars/spark-examples.jar\n"
        + "  sparkConf:\n    spark.kubernetes.container.image: \"apache/spark:{{SPARK_VERSION}}-scala\"\n"
        + "  runtimeVersions:\n    sparkVersion: \"4.0.1\"\n"
        + (tolerations.isEmpty() ? "" : "  applicationTolerations:\n    " + tolerations + "\n")
        + (templateContainer == null ? "" : "  driverSpec:\n    podTemplateSpec:\n      spec:\n        containers:\n"
            + "        - name: " + templateContainer + "\n        - name: log-shipper\n          image: fluent-bit:3.1\n");
    return SparkYaml.strict().read(yaml).resources().get(0);
  }

  /**
   * The driver pod of attempt {@code attempt}: named {@code NAME-ATTEMPT-driver}, labelled by the operator and by
   * Spark (see the class comment), its Spark container {@code container}.
   */
  private static Pod driverPod(String app, int attempt, String uid, String container, String phase,
      ContainerStatus status) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("spark.operator/name", "spark-kubernetes-operator");
    labels.put("spark.operator/spark-app-name", app);
    labels.put("spark-role", "driver");
    labels.put("spark-app-selector", app + "-" + attempt);
    labels.put("spark-app-name", app);
    labels.put("spark-version", "4.0.1");
    return pod(app + "-" + attempt + "-driver", uid, labels, container, phase, status);
  }

  /** A SparkCluster's StatefulSet pod {@code NAME-ROLE-N} with the operator's labels and container {@code ROLE}. */
  private static Pod clusterPod(String cluster, String role, int ordinal, String phase, ContainerStatus status) {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("spark.operator/name", "spark-kubernetes-operator");
    labels.put("spark.operator/spark-cluster-name", cluster);
    labels.put("spark-role", role);
    labels.put("spark-version", "4.0.1");
    labels.put("statefulset.kubernetes.io/pod-name", cluster + "-" + role + "-" + ordinal);
    return pod(cluster + "-" + role + "-" + ordinal, "u-" + cluster + "-" + role + "-" + ordinal, labels, role, phase,
        status);
  }

  private static Pod pod(String name, String uid, Map<String, String> labels, String container, String phase,
      ContainerStatus status) {
    return new PodBuilder()
        .withNewMetadata().withName(name).withNamespace("default").withUid(uid).withLabels(labels).endMetadata()
        .withNewSpec().withContainers(new ContainerBuilder().withName(container).withImage("apache/spark:4.0.1-scala")
            .withNewResources().addToLimits("memory", new Quantity("1408Mi")).endResources().build())
        .withRestartPolicy("Never").endSpec()
        .withNewStatus().withPhase(phase).withContainerStatuses(status == null ? List.of() : List.of(status))
        .withConditions(new ArrayList<PodCondition>()).endStatus()
        .build();
  }

  private void driverLog(String pod, String container, String text) {
    server.expect().get().withPath("/api/v1/namespaces/default/pods/" + pod + "/log?pretty=false&container="
        + container + "&tailLines=20&limitBytes=16384").andReturn(200, text).always();
  }

  private static String step(String state, String message) {
    return "{\"currentStateSummary\":\"" + state + "\",\"lastTransitionTime\":\"2026-12-02T14:05:00Z\",\"message\":"
        + jsonString(message) + "}";
  }

  private static String history(int first, List<String> steps) {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < steps.size(); i++) {
      text.append(i == 0 ? "" : ",").append('"').append(first + i).append("\":").append(steps.get(i));
    }
    return text.append('}').toString();
  }

  /** Writes the status of attempt {@code attempt} whose history holds {@code steps}, the last current. */
  private void writeStatus(String name, int attempt, List<String> steps, String previousAttemptSummary) {
    String status = "{\"currentState\":" + steps.get(steps.size() - 1) + ",\"stateTransitionHistory\":"
        + history(attempt == 0 ? 0 : 6, steps) + ",\"currentAttemptSummary\":{\"attemptInfo\":{\"id\":" + attempt
        + ",\"restartCounter\":" + attempt + ",\"failureRestartCounter\":" + attempt
        + ",\"schedulingFailureRestartCounter\":0}}"
        + (previousAttemptSummary == null ? "" : ",\"previousAttemptSummary\":" + previousAttemptSummary) + "}";
    kubernetes.genericKubernetesResources(context("SparkApplication")).inNamespace("default").withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":" + status + "}");
  }

  private static CustomResourceDefinitionContext context(String kind) {
    return new CustomResourceDefinitionContext.Builder().withGroup("spark.apache.org").withVersion("v1")
        .withKind(kind).withPlural(kind.toLowerCase(java.util.Locale.ROOT) + "s").withScope("Namespaced").build();
  }
}
