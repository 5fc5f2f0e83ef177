package dev.sparkapp.benchmarks;

import dev.sparkapp.client.ApplicationWatch;
import dev.sparkapp.client.ApplyStrategy;
import dev.sparkapp.client.SparkClient;
import dev.sparkapp.client.SparkClientOptions;
import dev.sparkapp.core.SparkApplication;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A measured report, not a test: one {@link ApplicationWatch} over N SparkApplications (5,000 by default)
 * on fabric8's mock server in CRUD mode, against a service that polls each application with a GET, side by
 * side in one run. It prints, for each: the heap the client keeps for the N applications, the time from a
 * status change on the server to the service noticing it (median and worst of the sampled changes), and the
 * requests sent while waiting.
 *
 * <pre>{@code mvn -o -q -pl benchmarks -am install -DskipTests && java -Xmx1g -cp benchmarks/target/benchmarks.jar \
 *     dev.sparkapp.benchmarks.WatchVersusPollingReport 5000 30 5}</pre>
 *
 * <p>The mock server is not an API server: it has no watch cache, no bookmarks, and its CRUD store answers
 * a GET by scanning, so the absolute figures are the mock's; the ratio of requests and the shape of the
 * delay (one push vs half a polling pass) carry over.
 */
public final class WatchVersusPollingReport {
  static final CustomResourceDefinitionContext APPS = new CustomResourceDefinitionContext.Builder()
      .withGroup("sparkoperator.k8s.io").withVersion("v1beta2").withKind("SparkApplication")
      .withPlural("sparkapplications").withScope("Namespaced").build();

  /** The mock server logs every request at INFO; kept here so that the level set stays. */
  private static final java.util.logging.Logger MOCK_LOG = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  private WatchVersusPollingReport() {}

  /**
   * Runs the report.
   *
   * @param args {@code [APPLICATIONS [CHANGES [POLLED_CHANGES]]]}: how many applications (5,000), how many
   *     status changes to time with the watch (30) and with polling (5: each costs about half a polling pass)
   */
  public static void main(String[] args) throws Exception {
    int applications = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    int changes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int polledChanges = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    MOCK_LOG.setLevel(java.util.logging.Level.WARNING);
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new KubernetesCrudDispatcher(List.of(APPS)), false);
    server.init();
    try (KubernetesClient kubernetes = server.createClient()) {
      server.expectCustomResource(APPS);
      long t0 = System.nanoTime();
      for (int i = 0; i < applications; i++) {
        kubernetes.genericKubernetesResources(APPS).inNamespace("default").resource(application(i)).create();
      }
      System.out.printf("created %d applications in %.1f s%n", applications, (System.nanoTime() - t0) / 1e9);
      SparkClient spark = SparkClient.of(kubernetes).inNamespace("default").withOptions(
          SparkClientOptions.defaults().toBuilder().strategy(ApplyStrategy.CREATE_OR_REPLACE).build());
      System.out.printf("%-22s %14s %16s %16s %22s%n", "mode (" + applications + " apps)", "heap kept (MB)",
          "median delay ms", "worst delay ms", "requests while waiting");
      watch(spark, kubernetes, applications, changes).print("one watch");
      polling(kubernetes, applications, polledChanges).print("poll each (GET)");
    } finally {
      server.destroy();
    }
  }

  private static GenericKubernetesResource application(int i) {
    GenericKubernetesResource app = new GenericKubernetesResource();
    app.setApiVersion("sparkoperator.k8s.io/v1beta2");
    app.setKind("SparkApplication");
    app.setMetadata(new ObjectMetaBuilder().withName("app-" + i).withNamespace("default")
        .addToLabels("app.kubernetes.io/part-of", "load").build());
    app.setAdditionalProperties(Map.of(
        "spec", Map.of("type", "Scala", "mode", "cluster", "image", "apache/spark:4.0.1", "sparkVersion", "4.0.1",
            "mainClass", "org.apache.spark.examples.SparkPi",
            "mainApplicationFile", "local:///opt/spark/examples/jars/spark-examples.jar",
            "driver", Map.of("cores", 1, "memory", "512m"), "executor", Map.of("instances", 2, "memory", "512m")),
        "status", Map.of("applicationState", Map.of("state", "RUNNING"), "executionAttempts", 1)));
    return app;
  }

  private static void change(KubernetesClient kubernetes, String name, String state) {
    kubernetes.genericKubernetesResources(APPS).inNamespace("default").withName(name)
        .patch(PatchContext.of(PatchType.JSON_MERGE), "{\"status\":{\"applicationState\":{\"state\":\"" + state + "\"}}}");
  }

  record Result(double heapMb, double medianMs, double worstMs, long requests) {
    void print(String mode) {
      System.out.printf("%-22s %14.1f %16.1f %16.1f %22d%n", mode, heapMb, medianMs, worstMs, requests);
    }
  }

  private static Result watch(SparkClient spark, KubernetesClient kubernetes, int applications, int changes)
      throws Exception {
    Map<String, Long> seen = new ConcurrentHashMap<>();
    long before = heapAfterGc();
    long started = System.nanoTime();
    try (ApplicationWatch<SparkApplication> watch = spark.watch(SparkApplication.class, t -> seen.put(t.name() + "="
        + t.to(), System.nanoTime()))) {
      while (seen.size() < applications) {  // the first list's transitions, one per application
        Thread.sleep(10);
      }
      System.out.printf("watch: first list and its %d transitions delivered in %.1f s%n", applications,
          (System.nanoTime() - started) / 1e9);
      double heap = (heapAfterGc() - before) / 1e6;
      List<Double> delays = new ArrayList<>();
      Random random = new Random(42);
      for (int i = 0; i < changes; i++) {
        String name = "app-" + random.nextInt(applications);
        String state = "W" + i;
        long start = System.nanoTime();
        change(kubernetes, name, state);
        while (!seen.containsKey(name + "=" + state)) {
          Thread.sleep(0, 100_000);
        }
        delays.add((seen.get(name + "=" + state) - start) / 1e6);
      }
      return new Result(heap, median(delays), max(delays), 0);
    }
  }

  private static Result polling(KubernetesClient kubernetes, int applications, int changes) throws Exception {
    Map<String, String> states = new ConcurrentHashMap<>();
    Map<String, Long> noticed = new ConcurrentHashMap<>();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong requests = new AtomicLong();
    long before = heapAfterGc();
    Thread poller = new Thread(() -> {
      while (running.get()) {
        for (int i = 0; i < applications && running.get(); i++) {
          String name = "app-" + i;
          GenericKubernetesResource app = kubernetes.genericKubernetesResources(APPS).inNamespace("default")
              .withName(name).get();
          requests.incrementAndGet();
          Object state = app == null ? null : app.get("status", "applicationState", "state");
          String now = String.valueOf(state);
          String was = states.put(name, now);
          if (was != null && !was.equals(now)) {
            noticed.put(name + "=" + now, System.nanoTime());
          }
        }
      }
    }, "poller");
    poller.start();
    while (states.size() < applications) {
      Thread.sleep(10);
    }
    double heap = (heapAfterGc() - before) / 1e6;
    List<Double> delays = new ArrayList<>();
    Random random = new Random(43);
    long requestsBefore = requests.get();
    for (int i = 0; i < changes; i++) {
      String name = "app-" + random.nextInt(applications);
      String state = "P" + i;
      long start = System.nanoTime();
      change(kubernetes, name, state);
      while (!noticed.containsKey(name + "=" + state)) {
        Thread.sleep(1);
      }
      delays.add((noticed.get(name + "=" + state) - start) / 1e6);
    }
    long sent = requests.get() - requestsBefore;
    running.set(false);
    poller.join();
    return new Result(heap, median(delays), max(delays), sent);
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }
}
