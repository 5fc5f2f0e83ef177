package dev.sparkapp.client;

import dev.sparkapp.core.RetryPosition;
import static dev.sparkapp.client.Recorded.condition;
import static dev.sparkapp.client.Recorded.driver;
import static dev.sparkapp.client.Recorded.executor;
import static dev.sparkapp.client.Recorded.kubelet;
import static dev.sparkapp.client.Recorded.operator;
import static dev.sparkapp.client.Recorded.running;
import static dev.sparkapp.client.Recorded.scheduler;
import static dev.sparkapp.client.Recorded.terminated;
import static dev.sparkapp.client.Recorded.waiting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sparkapp.core.DeployMode;
import dev.sparkapp.core.RestartPolicy;
import dev.sparkapp.core.RestartPolicyType;
import dev.sparkapp.core.SparkApplication;
import dev.sparkapp.core.SparkApplicationType;
import dev.sparkapp.core.SparkConnect;
import dev.sparkapp.core.ScheduledSparkApplication;
import dev.sparkapp.core.probe.ProbePreset;
import dev.sparkapp.core.probe.Probes;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link SparkClient#diagnose} over recorded sequences, one per cause, on fabric8's mock server in CRUD mode
 * (plus an expectation for each driver log). The objects are shaped as Kubernetes and the kubeflow
 * spark-operator v2.5.2 write them; each test names the sources of its reasons and messages.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class DiagnosisTest {
  static final String CONTAINER = "spark-kubernetes-driver";
  static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T10:21:00Z"), ZoneOffset.UTC);

  KubernetesMockServer server;
  KubernetesClient kubernetes;
  SparkClient spark;

  @BeforeEach
  void setUp() {
    Fixtures.installOperator(server);
    spark = Fixtures.createOrReplaceClient(kubernetes).withOptions(SparkClientOptions.defaults().toBuilder()
        .strategy(ApplyStrategy.CREATE_OR_REPLACE).validate(false).build());
  }

  /** An application with {@code liveness} on the driver, restart policy OnFailure (2 retries, 30 s apart). */
  private SparkApplication app(String name, ProbePreset liveness) {
    return SparkApplication.builder()
        .metadata(m -> m.withName(name).withNamespace("default"))
        .spec(s -> s.type(SparkApplicationType.SCALA).mode(DeployMode.CLUSTER).image("apache/spark:4.0.1")
            .sparkVersion("4.0.1").mainClass("com.example.Etl").mainApplicationFile("local:///opt/app.jar")
            .restartPolicy(RestartPolicy.builder().type(RestartPolicyType.ON_FAILURE).onFailureRetries(2)
                .onFailureRetryInterval(30L).onSubmissionFailureRetries(1).onSubmissionFailureRetryInterval(20L).build())
            .driver(d -> {
              d.cores(1).memory("1g").serviceAccount("spark");
              if (liveness != null) {
                d.livenessProbe(liveness);
              }
            })
            .executor(e -> e.instances(2).cores(1).memory("2g")))
        .build();
  }

  /** The liveness probe the SDK renders into the driver's template for {@code app}. */
  private static Probe livenessOf(SparkApplication app) {
    return app.spec().driver().orElseThrow().template().orElseThrow().getSpec().getContainers().stream()
        .filter(c -> c.getName().equals(CONTAINER)).findFirst().orElseThrow().getLivenessProbe();
  }

  private Diagnosis diagnose(Class<? extends dev.sparkapp.core.SparkResource> type, String name) {
    return new ClusterReads(spark).diagnose(type, name, NOW);
  }

  private void driverLog(String pod, String text) {
    server.expect().get().withPath("/api/v1/namespaces/default/pods/" + pod
        + "/log?pretty=false&container=spark-kubernetes-driver&tailLines=20&limitBytes=16384").andReturn(200, text)
        .always();
  }

  private static final String FAILING_AFTER_KILL = "{\"applicationState\":{\"state\":\"FAILING\",\"errorMessage\":"
      + "\"driver container failed with ExitCode: 143, Reason: Error\"},\"driverInfo\":{\"podName\":\"etl-driver\"},"
      + "\"executionAttempts\":1,\"submissionAttempts\":1,\"lastSubmissionAttemptTime\":\"2026-12-02T10:00:00Z\","
      + "\"terminationTime\":\"2026-12-02T10:20:06Z\",\"sparkApplicationId\":\"spark-0123456789abcdef\","
      + "\"submissionID\":\"3f1c2b4a-9d8e-4c1b-a7f6-0e2d4c6b8a10\"}";

  /**
   * The log-staleness preset kills a hung driver, then the operator retries. Sources: kubelet
   * {@code pkg/kubelet/prober/prober.go} (reason {@code Unhealthy}, "%s probe failed: %s" with the probe's
   * output), {@code pkg/kubelet/kuberuntime/kuberuntime_manager.go} computePodActions ("Container %s failed
   * liveness probe"; ", will be restarted" only when the pod's restartPolicy restarts it, and Spark's pods
   * are {@code Never}) recorded as {@code Killing} by {@code kuberuntime_container.go} killContainer; the
   * JVM's exit on SIGTERM is 143, reason {@code Error}; operator v2.5.2
   * {@code internal/controller/sparkapplication/controller.go} updateDriverState ("driver container failed
   * with ExitCode: %d, Reason: %s", {@code SparkDriverFailed} "Driver %s failed"), reconcileFailing
   * (ShouldRetry, PENDING_RERUN) and submitSparkApplication ({@code SparkApplicationSubmitted} "SparkApplication
   * %s was submitted successfully", attempts + 1).
   */
  @Test
  void aLogStalenessKillIsToldWithThePresetItsOwnMessageAndTheRetryThatFollows() {
    SparkApplication app = app("etl", Probes.logStaleness(Duration.ofSeconds(900)));
    spark.apply(app);
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "etl", FAILING_AFTER_KILL);
    Recorded.store(kubernetes,
        List.of(driver("etl", "uid-attempt-1", livenessOf(app), "Failed",
            terminated(CONTAINER, 143, "Error", null, "2026-12-02T10:00:12Z", "2026-12-02T10:20:05Z"))),
        List.of(
            operator("etl", "Normal", "SparkApplicationSubmitted", "SparkApplication etl was submitted successfully",
                "2026-12-02T10:00:00Z"),
            operator("etl", "Normal", "SparkDriverRunning", "Driver etl-driver is running", "2026-12-02T10:00:14Z"),
            kubelet("etl-driver", "uid-attempt-1", CONTAINER, "Warning", "Unhealthy", "Liveness probe failed: log file "
                + "/var/log/spark/spark.log unchanged for 912s (limit 900s)\n", 4, "2026-12-02T10:19:20Z",
                "2026-12-02T10:20:05Z"),
            kubelet("etl-driver", "uid-attempt-1", CONTAINER, "Normal", "Killing", "Container spark-kubernetes-driver "
                + "failed liveness probe", 1, "2026-12-02T10:20:05Z", "2026-12-02T10:20:05Z"),
            operator("etl", "Warning", "SparkDriverFailed", "Driver etl-driver failed", "2026-12-02T10:20:06Z")));
    driverLog("etl-driver", "26/12/02 10:04:48 INFO DAGScheduler: Submitting 200 missing tasks from ResultStage 7\n"
        + "26/12/02 10:04:53 INFO JdbcRDD: waiting for connection to db.internal:5432\n");

    Diagnosis failing = diagnose(SparkApplication.class, "etl");

    assertThat(failing.state()).isEqualTo("FAILING");
    assertThat(failing.primary()).get().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.LIVENESS_PROBE);
      assertThat(f.probePreset()).contains("log-staleness");
      assertThat(f.role()).contains("driver");
      assertThat(f.time()).contains(Instant.parse("2026-12-02T10:20:05Z"));
      assertThat(f.earlierAttempt()).isFalse();
      assertThat(f.summary()).contains("log file /var/log/spark/spark.log unchanged for 912s (limit 900s)");
      assertThat(f.evidence()).extracting(Evidence::text).containsExactly(
          "Unhealthy (x4): Liveness probe failed: log file /var/log/spark/spark.log unchanged for 912s (limit 900s)",
          "Killing: Container spark-kubernetes-driver failed liveness probe",
          "container spark-kubernetes-driver terminated: reason Error, exit code 143");
    });
    assertThat(failing.has(Cause.APPLICATION_ERROR)).as("a probe kill is not the application's own failure").isFalse();
    assertThat(failing.retry()).isEqualTo(new RetryPosition("OnFailure", 1, java.util.Optional.of(3), true,
        java.util.Optional.of(Instant.parse("2026-12-02T10:00:30Z"))));
    assertThat(failing.lastLogLines()).last().asString().contains("waiting for connection to db.internal:5432");
    assertThat(failing.render()).contains("Killed by a liveness probe (preset log-staleness)",
        "Retry:  attempt 1 of 3; will retry at 2026-12-02T10:00:30Z");

    // The operator retries: PENDING_RERUN deletes the old driver pod, then a new submission creates it again.
    kubernetes.pods().inNamespace("default").withName("etl-driver").delete();
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "etl", "{\"applicationState\":{\"state\":\"RUNNING\","
        + "\"errorMessage\":null},\"executionAttempts\":2,\"submissionAttempts\":2,\"terminationTime\":null,"
        + "\"lastSubmissionAttemptTime\":\"2026-12-02T10:20:40Z\"}");
    Recorded.store(kubernetes,
        List.of(driver("etl", "uid-attempt-2", livenessOf(app), "Running", running(CONTAINER, "2026-12-02T10:20:52Z"))),
        List.of(operator("etl", "Normal", "SparkApplicationSubmitted", "SparkApplication etl was submitted successfully",
            "2026-12-02T10:20:40Z")));

    Diagnosis retried = diagnose(SparkApplication.class, "etl");

    assertThat(retried.state()).isEqualTo("RUNNING");
    assertThat(retried.findings()).singleElement().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.LIVENESS_PROBE);
      assertThat(f.earlierAttempt()).as("the kill was of the pod the operator replaced").isTrue();
    });
    assertThat(retried.retry().attempt()).isEqualTo(2);
    assertThat(retried.retry().willRetry()).isTrue();
    assertThat(retried.render()).contains("[earlier attempt]", "attempt 2 of 3");
  }

  /**
   * The spark-ui preset: an HTTP GET that timed out. Source: {@code pkg/probe/http/http.go} (the error of
   * Go's http client is the output), {@code prober.go} ("Liveness probe failed: %s").
   */
  @Test
  void aSparkUiKillIsRecognisedFromTheProbeInThePodSpec() {
    SparkApplication app = app("ui", Probes.sparkUi());
    spark.apply(app);
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "ui", "{\"applicationState\":{\"state\":\"FAILED\","
        + "\"errorMessage\":\"driver container failed with ExitCode: 137, Reason: Error\"},\"driverInfo\":{\"podName\":"
        + "\"ui-driver\"},\"executionAttempts\":3,\"submissionAttempts\":3,\"lastSubmissionAttemptTime\":"
        + "\"2026-12-02T10:00:00Z\"}");
    Recorded.store(kubernetes,
        List.of(driver("ui", "uid-ui", livenessOf(app), "Failed",
            terminated(CONTAINER, 137, "Error", null, "2026-12-02T10:00:12Z", "2026-12-02T10:15:31Z"))),
        List.of(kubelet("ui-driver", "uid-ui", CONTAINER, "Warning", "Unhealthy", "Liveness probe failed: Get "
                + "\"http://10.244.1.7:4040/api/v1/version\": context deadline exceeded (Client.Timeout exceeded while "
                + "awaiting headers)", 4, "2026-12-02T10:14:31Z", "2026-12-02T10:15:01Z"),
            kubelet("ui-driver", "uid-ui", CONTAINER, "Normal", "Killing", "Container spark-kubernetes-driver failed "
                + "liveness probe", 1, "2026-12-02T10:15:01Z", "2026-12-02T10:15:01Z")));

    Diagnosis diagnosis = diagnose(SparkApplication.class, "ui");

    assertThat(diagnosis.primary()).get().satisfies(f -> {
      assertThat(f.probePreset()).contains("spark-ui");
      assertThat(f.advice()).contains("/api/v1/version");
    });
    assertThat(diagnosis.retry().willRetry()).as("FAILED: the operator gave up").isFalse();
    assertThat(diagnosis.retry().describe()).isEqualTo("attempt 3 of 3; no retry left (restart policy OnFailure)");
  }

  /**
   * The job-progress preset (added by another change) is recognised from its output alone once its pod
   * is gone; a TCP preset from the pod spec, by its port. Source: {@code prober.go}; {@code
   * pkg/probe/tcp/tcp.go} (Go's dial error as output).
   */
  @Test
  void jobProgressAndTcpKillsAreToldApartByTheirOutputAndPort() {
    spark.apply(app("jobs", null));
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "jobs", "{\"applicationState\":{\"state\":\"FAILING\","
        + "\"errorMessage\":\"driver container failed with ExitCode: 143, Reason: Error\"},\"driverInfo\":{\"podName\":"
        + "\"jobs-driver\"},\"executionAttempts\":1,\"submissionAttempts\":1}");
    Recorded.store(kubernetes, List.of(), List.of(
        kubelet("jobs-driver", "uid-jobs", CONTAINER, "Warning", "Unhealthy", "Liveness probe failed: job 3 stage 7: no "
            + "task progress for 912s (limit 900s)", 3, "2026-12-02T10:18:00Z", "2026-12-02T10:19:00Z"),
        kubelet("jobs-driver", "uid-jobs", CONTAINER, "Normal", "Killing", "Container spark-kubernetes-driver failed "
            + "liveness probe", 1, "2026-12-02T10:19:00Z", "2026-12-02T10:19:00Z")));

    assertThat(diagnose(SparkApplication.class, "jobs").primary()).get().satisfies(f -> {
      assertThat(f.probePreset()).contains("job-progress");
      assertThat(f.summary()).contains("job 3 stage 7: no task progress for 912s (limit 900s)");
    });

    SparkApplication tcp = app("rpc", Probes.driverRpc());
    spark.apply(tcp);
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "rpc", "{\"applicationState\":{\"state\":\"FAILING\"},"
        + "\"driverInfo\":{\"podName\":\"rpc-driver\"},\"executionAttempts\":1,\"submissionAttempts\":1}");
    Recorded.store(kubernetes, List.of(driver("rpc", "uid-rpc", livenessOf(tcp), "Failed",
            terminated(CONTAINER, 143, "Error", null, "2026-12-02T10:00:12Z", "2026-12-02T10:10:00Z"))),
        List.of(kubelet("rpc-driver", "uid-rpc", CONTAINER, "Warning", "Unhealthy", "Liveness probe failed: dial tcp "
                + "10.244.1.9:7078: connect: connection refused", 3, "2026-12-02T10:09:30Z", "2026-12-02T10:10:00Z"),
            kubelet("rpc-driver", "uid-rpc", CONTAINER, "Normal", "Killing", "Container spark-kubernetes-driver failed "
                + "liveness probe", 1, "2026-12-02T10:10:00Z", "2026-12-02T10:10:00Z")));

    assertThat(diagnose(SparkApplication.class, "rpc").primary().orElseThrow().probePreset())
        .contains("tcp (driver-rpc, port 7078)");
  }

  /**
   * OOMKilled driver and executor, with the memory each had. Source: the CRI runtimes' reason
   * {@code OOMKilled} with exit code 137 ({@code pkg/kubelet/kuberuntime/kuberuntime_container.go}); operator
   * v2.5.2 {@code SparkExecutorFailed} "Executor %s failed with ExitCode: %d, Reason: %s, Pod Message: %s"
   * ({@code controller.go} recordExecutorEvent).
   */
  @Test
  void outOfMemoryIsToldForDriverAndExecutorsWithTheirMemory() {
    spark.apply(app("oom", null));
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "oom", "{\"applicationState\":{\"state\":\"FAILED\","
        + "\"errorMessage\":\"driver container failed with ExitCode: 137, Reason: OOMKilled\"},\"driverInfo\":"
        + "{\"podName\":\"oom-driver\"},\"executionAttempts\":3,\"submissionAttempts\":3,\"executorState\":"
        + "{\"oom-5f3a8c9d2e-exec-1\":\"FAILED\",\"oom-5f3a8c9d2e-exec-2\":\"FAILED\"}}");
    Recorded.store(kubernetes, List.of(
            driver("oom", "uid-oom", null, "Failed", terminated(CONTAINER, 137, "OOMKilled", null,
                "2026-12-02T10:00:12Z", "2026-12-02T10:12:00Z")),
            executor("oom", 1, "Failed", terminated("spark-kubernetes-executor", 137, "OOMKilled", null,
                "2026-12-02T10:01:00Z", "2026-12-02T10:08:00Z")),
            executor("oom", 2, "Failed", terminated("spark-kubernetes-executor", 137, "OOMKilled", null,
                "2026-12-02T10:01:00Z", "2026-12-02T10:09:00Z"))),
        List.of(operator("oom", "Warning", "SparkExecutorFailed", "Executor oom-5f3a8c9d2e-exec-1 failed with "
            + "ExitCode: 137, Reason: OOMKilled, Pod Message: ", "2026-12-02T10:08:01Z")));

    Diagnosis diagnosis = diagnose(SparkApplication.class, "oom");

    assertThat(diagnosis.primary()).get().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.OOM_KILLED);
      assertThat(f.role()).contains("driver");
      assertThat(f.summary()).contains("limit 1408Mi", "spec.driver.memory 1g",
          "memoryOverhead Spark's default, max(384m, 10% of memory)");
    });
    assertThat(diagnosis.findings(Cause.OOM_KILLED)).extracting(f -> f.role().orElseThrow())
        .containsExactly("driver", "executor", "executor");
    assertThat(diagnosis.findings(Cause.OOM_KILLED).get(1).summary()).contains("spec.executor.memory 2g");
    assertThat(diagnosis.findings(Cause.EXECUTORS_FAILING)).singleElement()
        .satisfies(f -> assertThat(f.summary()).startsWith("2 executors failed or were lost"));
  }

  /**
   * Eviction under memory pressure. Source: {@code pkg/kubelet/eviction/eviction_manager.go} and
   * {@code helpers.go} (pod phase Failed, reason {@code Evicted}, message "The node was low on resource:
   * memory. Threshold quantity: %v, available: %v. Container %s was using %s, request is %s, has larger
   * consumption of %v. ", event {@code Evicted}; condition DisruptionTarget reason TerminationByKubelet).
   */
  @Test
  void anEvictedDriverIsToldWithTheKubeletsMessage() {
    spark.apply(app("ev", null));
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "ev", "{\"applicationState\":{\"state\":\"FAILING\","
        + "\"errorMessage\":\"driver container status missing\"},\"driverInfo\":{\"podName\":\"ev-driver\"},"
        + "\"executionAttempts\":1,\"submissionAttempts\":1}");
    String message = "The node was low on resource: memory. Threshold quantity: 100Mi, available: 91204Ki. Container "
        + "spark-kubernetes-driver was using 1398Mi, request is 1408Mi, has larger consumption of memory. ";
    Pod evicted = new PodBuilder(driver("ev", "uid-ev", null, "Failed", null)).editStatus().withReason("Evicted")
        .withMessage(message).withConditions(condition("DisruptionTarget", "True", "TerminationByKubelet", message,
            "2026-12-02T10:11:00Z")).endStatus().build();
    Recorded.store(kubernetes, List.of(evicted), List.of(kubelet("ev-driver", "uid-ev", null, "Warning", "Evicted",
        message, 1, "2026-12-02T10:11:00Z", "2026-12-02T10:11:00Z")));

    Diagnosis diagnosis = diagnose(SparkApplication.class, "ev");

    assertThat(diagnosis.primary()).get().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.EVICTED);
      assertThat(f.summary()).contains("The node was low on resource: memory");
      assertThat(f.evidence()).extracting(Evidence::source)
          .containsExactly(Evidence.Source.POD_STATUS, Evidence.Source.EVENT);
    });
    assertThat(diagnosis.findings()).extracting(Finding::cause).doesNotContain(Cause.APPLICATION_ERROR);
  }

  /**
   * Preemption of an executor. Source: {@code pkg/scheduler/framework/preemption/preemption.go} (condition
   * DisruptionTarget reason {@code PreemptionByScheduler}, "%s: preempting to accommodate a higher priority
   * pod", event {@code Preempted} "Preempted by pod %v on node %v" through events.k8s.io).
   */
  @Test
  void aPreemptedExecutorIsToldFromItsConditionAndTheSchedulersEvent() {
    spark.apply(app("pre", null));
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "pre", "{\"applicationState\":{\"state\":\"RUNNING\"},"
        + "\"driverInfo\":{\"podName\":\"pre-driver\"},\"executionAttempts\":1,\"submissionAttempts\":1}");
    Pod victim = new PodBuilder(executor("pre", 1, "Failed", null)).editStatus().withConditions(condition(
        "DisruptionTarget", "True", "PreemptionByScheduler", "default-scheduler: preempting to accommodate a higher "
            + "priority pod", "2026-12-02T10:12:00Z")).endStatus().build();
    Recorded.store(kubernetes, List.of(driver("pre", "uid-pre", null, "Running", running(CONTAINER,
            "2026-12-02T10:00:12Z")), victim),
        List.of(scheduler("pre-5f3a8c9d2e-exec-1", "exec-uid-1", "Normal", "Preempted", "Preempting", "Preempted by "
            + "pod 6a1e7b1c-2f0d-4d5e-9a3b-1c2d3e4f5a6b on node node-1", "2026-12-02T10:12:00.104233Z", null, null)));

    Diagnosis diagnosis = diagnose(SparkApplication.class, "pre");

    assertThat(diagnosis.findings(Cause.PREEMPTED)).singleElement().satisfies(f -> {
      assertThat(f.role()).contains("executor");
      assertThat(f.evidence()).extracting(Evidence::text).contains("Preempted: Preempted by pod "
          + "6a1e7b1c-2f0d-4d5e-9a3b-1c2d3e4f5a6b on node node-1");
    });
  }

  /**
   * Image pull failures. Source: {@code pkg/kubelet/images/image_manager.go} (event reason {@code Failed}
   * "Failed to pull image %q: %v", then "Error: ErrImagePull"; {@code BackOff} "Back-off pulling image %q");
   * waiting reasons from {@code pkg/kubelet/images/types.go}.
   */
  @Test
  void anImagePullFailureQuotesTheKubelet() {
    spark.apply(app("img", null));
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "img", "{\"applicationState\":{\"state\":\"SUBMITTED\"},"
        + "\"driverInfo\":{\"podName\":\"img-driver\"},\"executionAttempts\":1,\"submissionAttempts\":1,"
        + "\"lastSubmissionAttemptTime\":\"2026-12-02T10:19:00Z\"}");
    String pull = "Failed to pull image \"apache/spark:4.0.9\": rpc error: code = NotFound desc = failed to pull and "
        + "unpack image \"docker.io/apache/spark:4.0.9\": failed to resolve reference \"docker.io/apache/spark:4.0.9\": "
        + "docker.io/apache/spark:4.0.9: not found";
    Recorded.store(kubernetes, List.of(driver("img", "uid-img", null, "Pending", waiting(CONTAINER, "apache/spark:4.0.9",
            "ImagePullBackOff", "Back-off pulling image \"apache/spark:4.0.9\""))),
        List.of(kubelet("img-driver", "uid-img", CONTAINER, "Warning", "Failed", pull, 3, "2026-12-02T10:19:05Z",
                "2026-12-02T10:20:10Z"),
            kubelet("img-driver", "uid-img", CONTAINER, "Warning", "Failed", "Error: ErrImagePull", 3,
                "2026-12-02T10:19:05Z", "2026-12-02T10:20:10Z"),
            kubelet("img-driver", "uid-img", CONTAINER, "Normal", "BackOff", "Back-off pulling image "
                + "\"apache/spark:4.0.9\"", 4, "2026-12-02T10:19:20Z", "2026-12-02T10:20:40Z")));

    assertThat(diagnose(SparkApplication.class, "img").findings()).singleElement().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.IMAGE_PULL);
      assertThat(f.summary()).contains("apache/spark:4.0.9", "Back-off pulling image");
    });
  }

  /**
   * Unschedulable, as the scheduler writes it through events.k8s.io/v1 (eventTime and series, no
   * firstTimestamp). Source: {@code pkg/scheduler/schedule_one.go} (reason {@code FailedScheduling}, action
   * {@code Scheduling}, the FitError's message "0/%v nodes are available: %v."; condition PodScheduled False
   * reason {@code Unschedulable}).
   */
  @Test
  void anUnschedulableDriverQuotesTheScheduler() {
    spark.apply(app("big", null));
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "big", "{\"applicationState\":{\"state\":\"SUBMITTED\"},"
        + "\"driverInfo\":{\"podName\":\"big-driver\"},\"executionAttempts\":1,\"submissionAttempts\":1,"
        + "\"lastSubmissionAttemptTime\":\"2026-12-02T10:19:00Z\"}");
    String message = "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: "
        + "}, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 "
        + "No preemption victims found for incoming pod.";
    Pod pending = new PodBuilder(driver("big", "uid-big", null, "Pending", null)).editStatus().withConditions(
        condition("PodScheduled", "False", "Unschedulable", message, "2026-12-02T10:19:01Z")).endStatus().build();
    Recorded.store(kubernetes, List.of(pending), List.of(scheduler("big-driver", "uid-big", "Warning",
        "FailedScheduling", "Scheduling", message, "2026-12-02T10:19:01.412345Z", 6, "2026-12-02T10:20:31.000000Z")));

    Diagnosis diagnosis = diagnose(SparkApplication.class, "big");

    assertThat(diagnosis.findings()).singleElement().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.UNSCHEDULABLE);
      assertThat(f.summary()).contains("2 Insufficient memory");
      assertThat(f.evidence().get(1).text()).startsWith("FailedScheduling (x6): 0/3 nodes are available");
    });
  }

  /**
   * Missing config map (volume) and secret (env). Source: {@code pkg/volume/configmap/configmap.go} via
   * {@code pkg/kubelet/volumemanager} (event {@code FailedMount} "MountVolume.SetUp failed for volume %q :
   * configmap %q not found"); {@code kuberuntime_container.go} (waiting reason
   * {@code CreateContainerConfigError}, message from {@code pkg/kubelet/kubelet_pods.go}: secret "%s" not found).
   */
  @Test
  void aMissingConfigMapOrSecretIsNamed() {
    spark.apply(app("cm", null));
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "cm", "{\"applicationState\":{\"state\":\"SUBMITTED\"},"
        + "\"driverInfo\":{\"podName\":\"cm-driver\"},\"executionAttempts\":1,\"submissionAttempts\":1,"
        + "\"lastSubmissionAttemptTime\":\"2026-12-02T10:19:00Z\"}");
    Recorded.store(kubernetes, List.of(driver("cm", "uid-cm", null, "Pending", waiting(CONTAINER, "apache/spark:4.0.1",
            "CreateContainerConfigError", "secret \"db-credentials\" not found"))),
        List.of(kubelet("cm-driver", "uid-cm", null, "Warning", "FailedMount", "MountVolume.SetUp failed for volume "
            + "\"spark-log4j2\" : configmap \"cm-log4j2\" not found", 5, "2026-12-02T10:19:02Z", "2026-12-02T10:20:50Z")));

    assertThat(diagnose(SparkApplication.class, "cm").findings(Cause.MISSING_VOLUME_SOURCE))
        .extracting(Finding::summary)
        .containsExactly("driver pod cm-driver: secret \"db-credentials\" not found",
            "driver pod cm-driver: MountVolume.SetUp failed for volume \"spark-log4j2\" : configmap \"cm-log4j2\" not "
                + "found");
  }

  /**
   * The application's own failure: exit code 1, the operator's errorMessage, the last driver log lines.
   * Source: operator v2.5.2 {@code controller.go} updateDriverState and recordSparkApplicationEvent
   * ({@code SparkApplicationFailed} "SparkApplication %s failed: %s").
   */
  @Test
  void theApplicationsOwnFailureShowsExitCodeErrorMessageAndLastLogLines() {
    spark.apply(app("bug", null));
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "bug", "{\"applicationState\":{\"state\":\"FAILED\","
        + "\"errorMessage\":\"driver container failed with ExitCode: 1, Reason: Error\"},\"driverInfo\":{\"podName\":"
        + "\"bug-driver\"},\"executionAttempts\":3,\"submissionAttempts\":3}");
    Recorded.store(kubernetes, List.of(driver("bug", "uid-bug", null, "Failed", terminated(CONTAINER, 1, "Error", null,
            "2026-12-02T10:00:12Z", "2026-12-02T10:03:00Z"))),
        List.of(operator("bug", "Warning", "SparkApplicationFailed", "SparkApplication bug failed: driver container "
            + "failed with ExitCode: 1, Reason: Error", "2026-12-02T10:03:02Z")));
    driverLog("bug-driver", "Exception in thread \"main\" java.lang.IllegalArgumentException: no such table: orders\n"
        + "\tat com.example.Etl.main(Etl.java:42)\n");

    Diagnosis diagnosis = diagnose(SparkApplication.class, "bug");

    assertThat(diagnosis.findings()).singleElement().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.APPLICATION_ERROR);
      assertThat(f.summary()).contains("exited with code 1 (Error)");
    });
    assertThat(diagnosis.errorMessage()).contains("driver container failed with ExitCode: 1, Reason: Error");
    assertThat(diagnosis.lastLogLines()).containsExactly("Exception in thread \"main\" java.lang.IllegalArgumentException: "
        + "no such table: orders", "\tat com.example.Etl.main(Etl.java:42)");
  }

  /**
   * Submission failed, with the operator's retry position. Source: operator v2.5.2 {@code controller.go}
   * submitSparkApplication ("failed to submit spark application: %v", {@code SparkApplicationSubmissionFailed}
   * "failed to submit SparkApplication %s: %s") and {@code pkg/util/sparkapplication.go} ShouldRetry,
   * TimeUntilNextRetryDue (interval × submissionAttempts after lastSubmissionAttemptTime).
   */
  @Test
  void aFailedSubmissionQuotesTheOperatorAndSaysWhenItRetries() {
    spark.apply(app("sub", null));
    String error = "failed to submit spark application: failed to run spark-submit: Exception in thread \"main\" "
        + "io.fabric8.kubernetes.client.KubernetesClientException: pods \"sub-driver\" is forbidden: error looking up "
        + "service account default/spark: serviceaccount \"spark\" not found";
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "sub", "{\"applicationState\":{\"state\":"
        + "\"SUBMISSION_FAILED\",\"errorMessage\":" + Fixtures.jsonString(error) + "},\"submissionAttempts\":1,"
        + "\"lastSubmissionAttemptTime\":\"2026-12-02T10:20:00Z\"}");
    Recorded.store(kubernetes, List.of(), List.of(operator("sub", "Warning", "SparkApplicationSubmissionFailed",
        "failed to submit SparkApplication sub: " + error, "2026-12-02T10:20:00Z")));

    Diagnosis diagnosis = diagnose(SparkApplication.class, "sub");

    assertThat(diagnosis.findings()).singleElement().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.SUBMISSION_FAILED);
      assertThat(f.summary()).contains("serviceaccount \"spark\" not found");
    });
    assertThat(diagnosis.retry()).isEqualTo(new RetryPosition("OnFailure", 1, java.util.Optional.of(2), true,
        java.util.Optional.of(Instant.parse("2026-12-02T10:20:20Z"))));
  }

  /** A state that lasts too long, with nothing in the events, is called stuck. */
  @Test
  void anApplicationStuckInSubmittedIsCalledSo() {
    spark.apply(app("slow", null));
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "slow", "{\"applicationState\":{\"state\":\"SUBMITTED\"},"
        + "\"driverInfo\":{\"podName\":\"slow-driver\"},\"executionAttempts\":1,\"submissionAttempts\":1,"
        + "\"lastSubmissionAttemptTime\":\"2026-12-02T09:40:00Z\"}");

    assertThat(diagnose(SparkApplication.class, "slow").findings()).singleElement().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.TIMED_OUT_IN_STATE);
      assertThat(f.summary()).startsWith("in SUBMITTED for 41m");
    });
  }

  /** Executors failing repeatedly while the driver runs. Source: operator v2.5.2 recordExecutorEvent. */
  @Test
  void executorsFailingRepeatedlyAreCounted() {
    spark.apply(app("lost", null));
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "lost", "{\"applicationState\":{\"state\":\"RUNNING\"},"
        + "\"driverInfo\":{\"podName\":\"lost-driver\"},\"executionAttempts\":1,\"submissionAttempts\":1}");
    Recorded.store(kubernetes, List.of(driver("lost", "uid-lost", null, "Running", running(CONTAINER,
        "2026-12-02T10:00:12Z"))), List.of(
            operator("lost", "Warning", "SparkExecutorFailed", "Executor lost-5f3a8c9d2e-exec-1 failed with ExitCode: 52, "
                + "Reason: Error, Pod Message: ", "2026-12-02T10:05:00Z"),
            operator("lost", "Warning", "SparkExecutorFailed", "Executor lost-5f3a8c9d2e-exec-3 failed with ExitCode: 52, "
                + "Reason: Error, Pod Message: ", "2026-12-02T10:07:00Z"),
            operator("lost", "Warning", "SparkExecutorFailed", "Executor lost-5f3a8c9d2e-exec-5 failed with ExitCode: 52, "
                + "Reason: Error, Pod Message: ", "2026-12-02T10:09:00Z")));

    assertThat(diagnose(SparkApplication.class, "lost").findings()).singleElement().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.EXECUTORS_FAILING);
      assertThat(f.summary()).isEqualTo("3 executors failed or were lost: lost-5f3a8c9d2e-exec-1, "
          + "lost-5f3a8c9d2e-exec-3, lost-5f3a8c9d2e-exec-5");
    });
  }

  /** A ScheduledSparkApplication is diagnosed through its last run ({@code status.lastRunName}). */
  @Test
  void aScheduledApplicationIsDiagnosedThroughItsLastRun() {
    spark.apply(Fixtures.nightly("nightly"));
    Recorded.status(kubernetes, ResourceType.SCHEDULED_SPARK_APPLICATION, "nightly", "{\"scheduleState\":\"Scheduled\","
        + "\"lastRun\":\"2026-12-02T02:00:00Z\",\"lastRunName\":\"nightly-1764640800\"}");
    spark.apply(app("nightly-1764640800", null));
    Recorded.status(kubernetes, ResourceType.SPARK_APPLICATION, "nightly-1764640800", "{\"applicationState\":{\"state\":"
        + "\"FAILED\",\"errorMessage\":\"driver container failed with ExitCode: 1, Reason: Error\"}}");

    Diagnosis diagnosis = diagnose(ScheduledSparkApplication.class, "nightly");

    assertThat(diagnosis.name()).isEqualTo("nightly-1764640800");
    assertThat(diagnosis.via()).contains("ScheduledSparkApplication nightly");
    assertThat(diagnosis.primary().orElseThrow().cause()).isEqualTo(Cause.APPLICATION_ERROR);
  }

  /**
   * A SparkConnect server killed by its liveness probe. Source: operator v2.5.2
   * {@code internal/controller/sparkconnect/reconciler.go} (server container {@code spark-kubernetes-driver},
   * status {@code server.podName}, condition message "Server pod is not ready: %s").
   */
  @Test
  void aSparkConnectServerKillIsToldFromItsServerPod() {
    spark.apply(Fixtures.sparkConnect("connect"));
    Recorded.status(kubernetes, ResourceType.SPARK_CONNECT, "connect", "{\"state\":\"NotReady\",\"server\":{\"podName\":"
        + "\"connect-server\"},\"conditions\":[{\"type\":\"ServerPodReady\",\"status\":\"False\",\"reason\":"
        + "\"ServerPodNotReady\",\"message\":\"Server pod is not ready: \",\"lastTransitionTime\":\"2026-12-02T10:15:00Z\"}]}");
    Pod server = Recorded.pod("connect-server", "uid-connect", "connect", "connect-server", CONTAINER, null, "Failed",
        terminated(CONTAINER, 143, "Error", null, "2026-12-02T10:00:10Z", "2026-12-02T10:15:00Z"), "1408Mi");
    Recorded.store(kubernetes, List.of(new PodBuilder(server).editMetadata().addToLabels(
            "sparkoperator.k8s.io/connect-name", "connect").endMetadata().build()),
        List.of(kubelet("connect-server", "uid-connect", CONTAINER, "Warning", "Unhealthy", "Liveness probe failed: log "
                + "file /var/log/spark/spark.log unchanged for 1210s (limit 1200s)", 3, "2026-12-02T10:14:00Z",
                "2026-12-02T10:15:00Z"),
            kubelet("connect-server", "uid-connect", CONTAINER, "Normal", "Killing", "Container spark-kubernetes-driver "
                + "failed liveness probe", 1, "2026-12-02T10:15:00Z", "2026-12-02T10:15:00Z")));

    Diagnosis diagnosis = diagnose(SparkConnect.class, "connect");

    assertThat(diagnosis.kind()).isEqualTo("SparkConnect");
    assertThat(diagnosis.primary()).get().satisfies(f -> {
      assertThat(f.cause()).isEqualTo(Cause.LIVENESS_PROBE);
      assertThat(f.role()).contains("server");
      assertThat(f.probePreset()).contains("log-staleness");
    });
  }

  @Test
  void diagnosingAMissingApplicationIsNotFound() {
    assertThatThrownBy(() -> spark.diagnose(SparkApplication.class, "nope")).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("SparkApplication default/nope does not exist");
  }
}
